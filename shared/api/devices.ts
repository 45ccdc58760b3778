import { z } from 'zod';
import { Uuid, type MethodContract } from './common';

// LAN terminals: the manager shows a one-time pairing code; a new terminal types it once on the
// pairing page (https://<host>/pair) and is enrolled. Devices can be listed and revoked.
const Device = z.object({ id: z.string(), name: z.string(), pairedAt: z.string(), revokedAt: z.string().nullable() });

export const devicesApi = {
  'devices.pairingCode': {
    input: z.object({}),
    output: z.object({ code: z.string().regex(/^\d{8}$/), expiresAt: z.string() }),
    roles: ['manajer', 'admin'],
    summary: 'A one-time 8-digit code that enrolls one LAN terminal on the pairing page before it expires (setting lan.pairing_code_minutes).',
  },
  'devices.list': { input: z.object({}), output: z.array(Device), roles: ['manajer', 'admin'], summary: 'Paired LAN terminals, revoked ones included.' },
  'devices.revoke': {
    input: z.object({ deviceId: Uuid }),
    output: z.null(),
    roles: ['manajer', 'admin'],
    summary: 'Ends a paired terminal’s access at its next request.',
  },
} satisfies Record<string, MethodContract>;
