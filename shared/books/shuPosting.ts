// The SHU run in the books (docs/books.md "SHU"): an approved run appropriates SHU tahun berjalan
// to the funds it computed, and each payout settles what a member is owed. Pure rules; signed
// parts as in posting.ts (positive = debit).
import type { ShuResult } from '../shu';
import { ACCOUNTS, type Part } from './posting';

/** The kewajiban account of each AD/ART fund that is neither cadangan nor a member's jasa. */
export const SHU_FUND_ACCOUNTS = {
  danaPengurus: '2501',
  danaKaryawan: '2502',
  danaPendidikan: '2503',
  danaSosial: '2504',
  danaPembangunan: '2505',
} as const;
export const SHU_VILLAGE_ACCOUNT = '2506';
export const CADANGAN_ACCOUNT = '3201';

type Appropriated = Pick<ShuResult, 'surplus' | 'villageShare' | 'funds' | 'cadanganTotal' | 'totals'>;

/** The whole surplus leaves SHU tahun berjalan: cadangan (its fund plus the non-member share, the
 * undistributed jasa and the payout rounding, as the engine sums them), the other funds, the
 * kelurahan share, the tax withheld from members, and the members' payouts as utang SHU. */
export function shuAppropriationPosting(r: Appropriated): Part[] {
  const funds = r.funds.flatMap((f) => (f.key in SHU_FUND_ACCOUNTS ? [[SHU_FUND_ACCOUNTS[f.key as keyof typeof SHU_FUND_ACCOUNTS], -f.amount] as const] : []));
  return [
    [ACCOUNTS.shuBerjalan, r.surplus],
    [CADANGAN_ACCOUNT, -r.cadanganTotal],
    ...funds,
    [SHU_VILLAGE_ACCOUNT, -r.villageShare],
    [ACCOUNTS.utangPajak, -r.totals.withheld],
    [ACCOUNTS.utangShu, -r.totals.payout],
  ];
}

/** A payout in cash settles the member's utang SHU from the brankas. (A payout credited to
 * simpanan sukarela posts through the simpanan entry it makes.) */
export function shuCashPayoutPosting(amount: number): Part[] {
  return [
    [ACCOUNTS.utangShu, amount],
    [ACCOUNTS.kasBesar, -amount],
  ];
}
