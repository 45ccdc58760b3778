import { z } from 'zod';
import { ROLES } from '../roles';
import { IsoDate, Pin, type MethodContract } from './common';
import { PrinterConfig } from './printing';

// First run: the wizard (outlet profile, first admin, receipt printer) or a demo outlet to try.
// Both methods are public, but setup.initialize works only while the database has no user, and
// only with the one-time setup code printed by `npm run serve` / shown by the desktop app.
const SetupCode = z.string().trim().max(20).default('');
export const OutletProfile = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,8}$/, 'kode 2-8 huruf/angka'),
  name: z.string().trim().min(3).max(120),
  address: z.string().trim().max(300).default(''),
  badanHukumNo: z.string().trim().max(80).default(''),
  nib: z
    .string()
    .trim()
    .regex(/^(\d{13})?$/, 'NIB 13 angka')
    .default(''),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']).default('Asia/Makassar'),
});

export const FirstAdmin = z.object({
  username: z.string().trim().min(1).max(64),
  displayName: z.string().trim().min(1).max(120),
  pin: Pin,
});

const SetupUser = z.strictObject({ username: z.string(), displayName: z.string(), role: z.enum(ROLES) });
/** A demo outlet's user with the PIN everyone trying the demo may know. */
const DemoUser = z.strictObject({ username: z.string(), role: z.enum(ROLES), pin: z.string() });

export const setupApi = {
  'setup.status': {
    input: z.object({}),
    output: z.strictObject({
      needsSetup: z.boolean(),
      outletName: z.string().nullable(),
      printerModels: z.array(z.strictObject({ id: z.string(), name: z.string() })),
      demoUsers: z.array(DemoUser),
    }),
    roles: 'public',
    summary:
      'Whether this database still needs the first-run wizard (no user yet), the outlet name, the printer models the wizard offers, and on the demo outlet only (setting outlet.demo) its users with their published PINs for the login screen.',
  },
  'setup.initialize': {
    input: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('outlet'), setupCode: SetupCode, outlet: OutletProfile, admin: FirstAdmin, printer: PrinterConfig.optional() }),
      z.object({ mode: z.literal('demo'), setupCode: SetupCode }),
    ]),
    output: z.strictObject({ user: SetupUser, demoUsers: z.array(DemoUser) }),
    roles: 'public',
    summary:
      "First run only (else SETUP_ALREADY_DONE), with the setup code from the console (else SETUP_CODE_WRONG): {mode:'outlet', setupCode, outlet:{code, name, address, badanHukumNo, nib, timeZone}, admin:{username, displayName, pin}, printer?:{uri, width, model} as printer.config.set} or {mode:'demo', setupCode}; returns {user, demoUsers}; then log in with auth.login.",
  },
  'setup.initFile': {
    input: z.object({
      outletCode: z.string().trim().min(1).max(20).optional(),
      outletName: z.string().trim().min(1).max(120).optional(),
      admin: FirstAdmin,
    }),
    output: z.strictObject({ user: SetupUser }),
    roles: ['admin'],
    systemOnly: true,
    summary:
      'CLI only (kkmp init), on the file it has just created: the outlet code and name (dated 2000-01-01, so every day sees them) and the first admin; SETUP_ALREADY_DONE once a user exists.',
  },
  'setup.seedDemo': {
    input: z.object({
      /** The last business day of the demo month; default the outlet\'s today. */
      until: IsoDate.optional(),
      seed: z.number().int().min(0).max(999_999_999).optional(),
    }),
    output: z.strictObject({
      shifts: z.number().int(),
      sales: z.number().int(),
      voids: z.number().int(),
      returns: z.number().int(),
      people: z.array(DemoUser),
    }),
    roles: ['admin'],
    systemOnly: true,
    summary:
      'CLI only (kkmp seed --demo): fills this file with the demo gerai (staples at HET, LPG, local goods, people, a month of sales through the real services, on a clock of its own); returns the counts and the demo people with their PINs.',
  },
} satisfies Record<string, MethodContract>;

export type SetupInput = z.infer<(typeof setupApi)['setup.initialize']['input']>;
/** What the outlet is set up with, once the setup code has been checked. */
export type SetupChoice = SetupInput extends infer T ? (T extends unknown ? Omit<T, 'setupCode'> : never) : never;
