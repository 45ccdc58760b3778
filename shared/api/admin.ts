import { z } from 'zod';
import { MANAGER_ROLES, ROLES, type Role } from '../roles';
import { Pin, type MethodContract } from './common';

const ADMIN: readonly Role[] = ['admin'];
const UserId = z.string().min(1).max(64);

export const adminApi = {
  'users.list': { input: z.object({}), roles: ADMIN, summary: 'All users with role, active and locked state.' },
  'users.create': { input: z.object({ username: z.string().trim().regex(/^[\w.-]{2,32}$/), displayName: z.string().trim().min(1).max(80), role: z.enum(ROLES), pin: Pin }), roles: ADMIN, summary: 'Create a user with a PIN (audited).' },
  'users.resetPin': { input: z.object({ userId: UserId, pin: Pin }), roles: ADMIN, summary: 'Set a new PIN, lift a lockout and end the user’s sessions (audited).' },
  'users.setActive': { input: z.object({ userId: UserId, active: z.boolean() }), roles: ADMIN, summary: 'Deactivate or reactivate a user; never oneself or the last admin (audited).' },
  'settings.outlet': { input: z.object({}), roles: MANAGER_ROLES, summary: 'Outlet profile (name, badan hukum no., NIB, address, receipt header/footer) and backup settings.' },
  'settings.saveOutlet': {
    input: z.object({
      name: z.string().trim().min(1).max(120).optional(),
      badanHukumNo: z.string().trim().max(80).optional(),
      nib: z.string().trim().regex(/^(\d{13})?$/, 'NIB 13 digits').optional(),
      address: z.string().trim().max(300).optional(),
      receiptHeader: z.string().max(300).optional(),
      receiptFooter: z.string().max(300).optional(),
      backupDailyEnabled: z.boolean().optional(),
      backupFolder: z.string().trim().max(500).optional(),
      backupKeep: z.number().int().min(1).max(365).optional(),
    }),
    roles: ADMIN,
    summary: 'Change the outlet profile or backup settings from today (audited with old and new values).',
  },
  'backups.toFile': {
    input: z.object({ path: z.string().min(1).max(1000) }),
    output: z.object({ file: z.string(), keyFile: z.string().nullable(), pages: z.number().int() }),
    roles: MANAGER_ROLES,
    systemOnly: true,
    summary: 'CLI and desktop menu only: an online backup to a path on the host (a USB stick), verified, with the NIK key file beside it.',
  },
  'backups.list': { input: z.object({}), roles: MANAGER_ROLES, summary: 'Backups in the chosen folder, newest first.' },
  'backups.now': { input: z.object({}), roles: MANAGER_ROLES, summary: 'Back up now into the chosen folder (verified), then rotate.' },
  'backups.verify': { input: z.object({ name: z.string().regex(/^kkmp-\d{8}-\d{6}\.sqlite$/) }), roles: MANAGER_ROLES, summary: 'Verify one backup in the folder (integrity, ledger, audit chain).' },
} satisfies Record<string, MethodContract>;
