import { z } from 'zod';
import { MANAGER_ROLES, ROLES, type Role } from '../roles';
import { Pin, type MethodContract } from './common';

const ADMIN: readonly Role[] = ['admin'];
const UserId = z.string().min(1).max(64);
/** A file on the host's own disk: only system-only methods take one. */
const HostPath = z.string().min(1).max(1000);

export const UserRow = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  locked: z.boolean(),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof UserRow>;

/** The outlet profile and backup settings as one form (each an effective-dated setting). */
export const OutletSettingsView = z.strictObject({
  name: z.string(),
  badanHukumNo: z.string(),
  nib: z.string(),
  address: z.string(),
  receiptHeader: z.string(),
  receiptFooter: z.string(),
  backupDailyEnabled: z.boolean(),
  backupFolder: z.string(),
  backupKeep: z.number().int(),
});

/** What the backup verifier found; `ok` with no problems is a good backup. */
export const BackupCheck = z.strictObject({ ok: z.boolean(), problems: z.array(z.strictObject({ check: z.string(), detail: z.string() })) });

export const adminApi = {
  'users.list': { input: z.object({}), output: z.array(UserRow), roles: ADMIN, summary: 'All users with role, active and locked state.' },
  'users.create': {
    input: z.object({
      username: z
        .string()
        .trim()
        .regex(/^[\w.-]{2,32}$/),
      displayName: z.string().trim().min(1).max(80),
      role: z.enum(ROLES),
      pin: Pin,
    }),
    output: z.strictObject({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES) }),
    roles: ADMIN,
    summary: 'Create a user with a PIN (audited).',
  },
  'users.resetPin': {
    input: z.object({ userId: UserId, pin: Pin }),
    output: z.null(),
    roles: ADMIN,
    summary: 'Set a new PIN, lift a lockout and end the user’s sessions (audited).',
  },
  'users.setActive': {
    input: z.object({ userId: UserId, active: z.boolean() }),
    output: z.null(),
    roles: ADMIN,
    summary: 'Deactivate or reactivate a user; never oneself or the last admin (audited).',
  },
  'settings.outlet': {
    input: z.object({}),
    output: OutletSettingsView,
    roles: MANAGER_ROLES,
    summary: 'Outlet profile (name, badan hukum no., NIB, address, receipt header/footer) and backup settings.',
  },
  'settings.saveOutlet': {
    input: z.object({
      name: z.string().trim().min(1).max(120).optional(),
      badanHukumNo: z.string().trim().max(80).optional(),
      nib: z
        .string()
        .trim()
        .regex(/^(\d{13})?$/, 'NIB 13 digits')
        .optional(),
      address: z.string().trim().max(300).optional(),
      receiptHeader: z.string().max(300).optional(),
      receiptFooter: z.string().max(300).optional(),
      backupDailyEnabled: z.boolean().optional(),
      backupFolder: z.string().trim().max(500).optional(),
      backupKeep: z.number().int().min(1).max(365).optional(),
    }),
    output: OutletSettingsView,
    roles: ADMIN,
    summary: 'Change the outlet profile or backup settings from today (audited with old and new values).',
  },
  'backups.list': {
    input: z.object({}),
    output: z.array(z.strictObject({ name: z.string(), date: z.string() })),
    roles: MANAGER_ROLES,
    summary: 'Backups in the chosen folder, newest first.',
  },
  'backups.now': {
    input: z.object({}),
    output: z.strictObject({ file: z.string(), removed: z.array(z.string()) }),
    roles: MANAGER_ROLES,
    summary: 'Back up now into the chosen folder (verified), then rotate.',
  },
  'backups.verify': {
    input: z.object({ name: z.string().regex(/^kkmp-\d{8}-\d{6}\.sqlite$/) }),
    output: BackupCheck,
    roles: MANAGER_ROLES,
    summary: 'Verify one backup in the folder (integrity, ledger, audit chain).',
  },
  'backups.toFile': {
    input: z.object({ path: HostPath }),
    output: z.object({ file: z.string(), keyFile: z.string().nullable(), pages: z.number().int() }),
    roles: MANAGER_ROLES,
    systemOnly: true,
    summary: 'CLI and desktop menu only: an online backup to a path on the host (a USB stick), verified, with the NIK key file beside it.',
  },
  'backups.verifyFile': {
    input: z.object({
      path: HostPath,
      /** The NIK key file whose journal key checks the keyed journal; default beside the database. */
      keyFile: HostPath.optional(),
      /** The Z report's anchor line as typed ("SEQ:MAC OUTLET/DATE/COUNT"), or a manifest file's path. */
      anchor: z.string().min(1).max(1000).optional(),
    }),
    output: z.strictObject({ problems: BackupCheck.shape.problems, keyFile: z.string(), journalChecked: z.boolean() }),
    roles: MANAGER_ROLES,
    systemOnly: true,
    summary:
      'CLI only (kkmp verify): checks a database file on the host read-only, as it is (migrations pending, integrity, ledger, sale totals, receipt numbers, audit chain, keyed journal when its key file is there, against an anchor when given).',
  },
  'backups.restore': {
    input: z.object({
      from: HostPath,
      db: HostPath,
      wrappedKey: z.object({ file: HostPath, passphrase: z.string().min(1).max(1000) }).optional(),
    }),
    output: z.strictObject({
      file: z.string(),
      previous: z.string().nullable(),
      key: z.enum(['wrapped', 'beside-backup', 'kept']),
      keyFile: z.string().nullable(),
    }),
    roles: MANAGER_ROLES,
    systemOnly: true,
    summary:
      'CLI only (kkmp restore): verifies a backup file, keeps the database file aside, puts the backup in its place with its NIK key (the exported key and passphrase when this machine has none) and verifies again.',
  },
} satisfies Record<string, MethodContract>;
