import { z } from 'zod';
import { ALL_ROLES, IsoDate, type MethodContract } from './common';
import { MANAGER_ROLES } from '../roles';
import { LPG_CATEGORIES } from '../lpg';

const Text = (max: number) => z.string().trim().max(max);
const OptText = (max: number) => Text(max).nullish();

export const LpgBuyerRegisterInput = z.object({
  nik: z.string().min(1).max(40),
  kk: z.string().min(1).max(40),
  name: Text(120).min(1),
  address: OptText(300),
  rt: OptText(5),
  rw: OptText(5),
  kelurahan: OptText(80),
  phone: OptText(30),
  category: z.enum(LPG_CATEGORIES),
  nib: OptText(20),
  businessName: OptText(120),
  businessType: OptText(80),
  isPengecer: z.boolean().optional(),
});

const Uuidish = z.string().min(1).max(64);

export const lpgApi = {
  'lpg.buyers.register': { input: LpgBuyerRegisterInput, roles: ALL_ROLES, summary: 'Register an LPG 3 kg buyer (rumah tangga / usaha mikro) at the counter; warns when the KK already has a registered NIK.' },
  'lpg.buyers.find': { input: z.object({ nik: z.string().min(1).max(40) }), roles: ALL_ROLES, summary: 'Find a buyer by NIK typed or scanned; null when not registered. Includes what is left of each limit today and this month.' },
  'lpg.buyers.get': { input: z.object({ buyerId: Uuidish }), roles: ALL_ROLES, summary: 'A buyer (NIK and KK masked) with what is left of each limit today and this month.' },
  'lpg.buyers.setStatus': {
    input: z.object({ buyerId: Uuidish, status: z.enum(['active', 'blocked']).optional(), isPengecer: z.boolean().optional(), reason: Text(300).min(3) }),
    roles: MANAGER_ROLES,
    summary: 'Block or unblock a buyer, or mark them as a retailer (pengecer, never sold to); audited with the reason.',
  },
  'lpg.buyers.import': { input: z.object({ csv: z.string().min(1).max(20_000_000) }), roles: MANAGER_ROLES, summary: 'Import buyers (incl. nelayan/petani sasaran) from CSV text; returns a report per row.' },
  'lpg.profile.activate': { input: z.object({ profile: z.string().regex(/^\d{4}$/), validFrom: IsoDate }), roles: MANAGER_ROLES, summary: 'Switch the LPG/SPHP rule profile ("2025", "2026") on from a date (today or later). Audited.' },
  'lpg.profile.get': { input: z.object({ date: IsoDate.optional() }), roles: ALL_ROLES, summary: 'The rule profile in force on a date (default today) and the next planned switch.' },
  'lpg.status': { input: z.object({}), roles: ALL_ROLES, summary: 'Fulls and empties on hand, and the month\'s allocation use (warning at the configured percentage).' },
  'lpg.map.set': {
    input: z.object({ saleId: Uuidish, lineNo: z.number().int().min(1), status: z.enum(['pending', 'recorded', 'rejected']), ref: Text(80).nullish() }),
    roles: ALL_ROLES,
    summary: 'Set the MAP status and reference of an LPG sale line after entering it in Merchant Apps. Audited.',
  },
  'lpg.logbook': { input: z.object({ from: IsoDate, to: IsoDate, fullNik: z.boolean().optional() }), roles: ALL_ROLES, summary: 'LPG logbook rows and the per-day POS vs MAP count; full NIK for manajer/admin only (audited).' },
  'lpg.logbook.export': {
    input: z.object({ from: IsoDate, to: IsoDate, format: z.enum(['csv', 'xlsx']), fullNik: z.boolean().optional() }),
    roles: ALL_ROLES,
    summary: 'The logbook as a CSV or XLSX file (base64, with name and MIME type); full NIK for manajer/admin only (audited).',
  },
  'lpg.map.count': { input: z.object({ date: IsoDate, mapCount: z.number().int().min(0).max(1_000_000) }), roles: MANAGER_ROLES, summary: 'Enter the count MAP shows for a day, for the POS vs MAP reconciliation.' },
  'lpg.day.close': { input: z.object({ date: IsoDate, reason: Text(500).optional() }), roles: MANAGER_ROLES, summary: 'Close an LPG day; refused while MAP entries are pending unless a reason is given (audited).' },
} satisfies Record<string, MethodContract>;
