import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import type { MethodContract } from './common';

// The NIK keys leave the outlet only wrapped under a passphrase (never beside a backup): the
// manager saves the wrapped file somewhere other than the backups, and restore asks for it.
export const keysApi = {
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
} satisfies Record<string, MethodContract>;
