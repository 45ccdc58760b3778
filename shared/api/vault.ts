import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import type { MethodContract } from './common';

// Keeping the outlet's files safe. The NIK keys leave the outlet only wrapped under a passphrase (never beside a backup): the
// manager saves the wrapped file somewhere other than the backups, and restore asks for it.
export const vaultApi = {
  'keys.export': {
    input: z.object({ passphrase: z.string().min(1).max(1024) }),
    output: z.strictObject({
      /** The wrapped key file's text (JSON), to save as `fileName`. */
      wrapped: z.string(),
      fileName: z.string(),
    }),
    roles: MANAGER_ROLES,
    summary:
      'The NIK encryption and lookup keys wrapped with a passphrase (scrypt + AES-256-GCM), to keep apart from the backups; audited. A weak passphrase is refused (PASSPHRASE_WEAK).',
  },
  'storage.status': {
    input: z.object({}),
    output: z.strictObject({ readOnly: z.boolean() }),
    roles: 'public',
    summary: 'Whether the host can write its database: the login page warns when it cannot (nobody could log in or sell).',
  },
} satisfies Record<string, MethodContract>;
