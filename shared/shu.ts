// The SHU engine (docs/domain/members-and-shu.md): splits a year's SHU into the AD/ART funds and shares the member
// parts pro rata, exact to the rupiah. All arithmetic is BigInt on whole rupiah and percentages
// scaled to 1/10,000 of a percent, so nothing is ever a float and the result is the same on every
// run and in any input order.
import { z } from 'zod';
import { AppError } from './errors';

/** The allocation table of the AD/ART, in the order it is printed. */
export const FUND_KEYS = ['cadangan', 'jasaUsaha', 'jasaModal', 'danaPengurus', 'danaKaryawan', 'danaPendidikan', 'danaSosial', 'danaPembangunan'] as const;
export type FundKey = (typeof FUND_KEYS)[number];

/** Percentages as decimal strings ("25", "12.5"): up to 4 decimals, never floats. */
export type Allocation = Record<FundKey, string>;

export const FUND_LABELS: Record<FundKey, { id: string; en: string }> = {
  cadangan: { id: 'Cadangan', en: 'Reserve' },
  jasaUsaha: { id: 'Jasa usaha anggota', en: 'Members: patronage' },
  jasaModal: { id: 'Jasa modal anggota', en: 'Members: capital' },
  danaPengurus: { id: 'Dana pengurus', en: 'Board fund' },
  danaKaryawan: { id: 'Dana karyawan', en: 'Staff fund' },
  danaPendidikan: { id: 'Dana pendidikan', en: 'Education fund' },
  danaSosial: { id: 'Dana sosial', en: 'Social fund' },
  danaPembangunan: { id: 'Dana pembangunan daerah kerja', en: 'Area development fund' },
};

export interface ShuMemberInput {
  memberNo: string;
  name: string;
  /** Net member purchases in the counted categories, whole rupiah. */
  purchaseBasis: number;
  /** Counted simpanan; for the average of month-ends pass the SUM of the 12 balances and set savingsBasisDivisor 12. */
  savingsBasis: number;
}

export interface ShuInput {
  year: number;
  /** The year's SHU, whole rupiah. */
  surplus: number;
  allocation: Allocation;
  /** Village/kelurahan share off the top (Permendes 10/2025): null when off. */
  villageSharePct: string | null;
  members: readonly ShuMemberInput[];
  /** Net sales to non-members and to members: the part of SHU attributable to non-members is surplus × nonMember / (member + nonMember). */
  nonMemberSales: number;
  memberSales: number;
  /** true (default): the non-member part goes to cadangan; false: it stays in the pool. */
  nonMemberToCadangan: boolean;
  /** Round each member's payout down to this many rupiah (1 = none); the rupiah rounded off go to cadangan. */
  payoutRoundTo: number;
  /** Withholding tax on SHU paid to members, percent ("0", "10"). */
  withholdingPct: string;
  /** The savings basis reported (not the shares) is savingsBasis / this, half-up: 12 for the month-end average. */
  savingsBasisDivisor?: number;
}

// The result shapes are zod schemas so the API contract of the SHU runs (shared/api/members.ts)
// is derived from them rather than copied.
const Whole = z.number().int();

export const ShuMemberResult = z.strictObject({
  memberNo: z.string(),
  name: z.string(),
  purchaseBasis: Whole,
  savingsBasis: Whole,
  jasaUsaha: Whole,
  jasaModal: Whole,
  /** jasaUsaha + jasaModal. */
  total: Whole,
  withheld: Whole,
  net: Whole,
  /** What is paid out: net rounded down to payoutRoundTo. */
  payout: Whole,
  roundedOff: Whole,
});
export type ShuMemberResult = z.infer<typeof ShuMemberResult>;

export const ShuFundLine = z.strictObject({ key: z.enum(FUND_KEYS), pct: z.string(), amount: Whole });
export type ShuFundLine = z.infer<typeof ShuFundLine>;

/** The member table's column sums. */
export const ShuTotals = ShuMemberResult.omit({ memberNo: true, name: true, roundedOff: true });
export type ShuTotals = z.infer<typeof ShuTotals>;

export interface ShuResult {
  year: number;
  surplus: number;
  villageSharePct: string | null;
  villageShare: number;
  nonMemberShare: number;
  /** What the allocation percentages are applied to: surplus − village share − non-member share to cadangan. */
  pool: number;
  funds: ShuFundLine[];
  /** Jasa usaha with no member purchases to share it by (reported, kept in cadangan). */
  jasaUsahaUndistributed: number;
  jasaModalUndistributed: number;
  roundingToCadangan: number;
  /** cadangan fund + non-member share + undistributed parts + rounding. */
  cadanganTotal: number;
  members: ShuMemberResult[];
  totals: ShuTotals;
}

const PCT_SCALE = 10_000n; // 1/10,000 of a percent
const HUNDRED_PCT = 100n * PCT_SCALE;
const PCT_RE = /^\d{1,3}(\.\d{1,4})?$/;

/** "12.5" → 125000n (percent × 10,000). */
export function parsePct(text: string, what: string): bigint {
  if (!PCT_RE.test(text)) throw new AppError('SHU_PERCENT_INVALID', { what, value: text });
  const [whole, frac = ''] = text.split('.');
  const scaled = BigInt(whole!) * PCT_SCALE + BigInt(frac.padEnd(4, '0'));
  if (scaled > HUNDRED_PCT) throw new AppError('SHU_PERCENT_INVALID', { what, value: text });
  return scaled;
}

function formatPct(scaled: bigint): string {
  const whole = scaled / PCT_SCALE;
  const frac = (scaled % PCT_SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

function wholeRupiah(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('SHU_AMOUNT_INVALID', { what, value });
  return BigInt(value);
}

/** Member numbers compare as numbers when both are digits ("9" < "10"), otherwise by code units. */
export function compareMemberNo(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks the AD/ART table adds up to exactly 100 %; returns each percentage scaled. */
export function checkAllocation(allocation: Allocation): Record<FundKey, bigint> {
  const scaled = {} as Record<FundKey, bigint>;
  let sum = 0n;
  for (const key of FUND_KEYS) {
    const v = allocation[key];
    if (v === undefined) throw new AppError('SHU_PERCENT_INVALID', { what: key, value: '' });
    scaled[key] = parsePct(v, key);
    sum += scaled[key];
  }
  if (sum !== HUNDRED_PCT) throw new AppError('SHU_ALLOCATION_NOT_100', { sum: formatPct(sum) });
  return scaled;
}

interface Claim {
  weight: bigint;
  /** Tie order after the remainder and the weight: lower rank wins. */
  rank: number;
}

/**
 * Largest remainder: shares `amount` in proportion to the weights. Each claim gets the floor of
 * its exact share; the rupiah left go one by one to the largest fractional remainders (ties:
 * larger weight, then lower rank). Weights must not all be zero.
 */
export function largestRemainder(amount: bigint, claims: readonly Claim[]): bigint[] {
  const total = claims.reduce((s, c) => s + c.weight, 0n);
  if (total <= 0n) throw new RangeError('largestRemainder needs a positive total weight');
  const floors = claims.map((c) => (amount * c.weight) / total);
  const remainders = claims.map((c) => (amount * c.weight) % total);
  let left = amount - floors.reduce((s, f) => s + f, 0n);
  const order = claims
    .map((_, i) => i)
    .sort((i, j) => {
      const ri = remainders[i]!;
      const rj = remainders[j]!;
      if (ri !== rj) return ri > rj ? -1 : 1;
      const wi = claims[i]!.weight;
      const wj = claims[j]!.weight;
      if (wi !== wj) return wi > wj ? -1 : 1;
      return claims[i]!.rank - claims[j]!.rank;
    });
  for (const i of order) {
    if (left === 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors;
}

function num(v: bigint): number {
  return Number(v);
}

export function computeShu(input: ShuInput): ShuResult {
  const surplus = wholeRupiah(input.surplus, 'surplus');
  const scaled = checkAllocation(input.allocation);
  const villagePct = input.villageSharePct === null ? null : parsePct(input.villageSharePct, 'villageSharePct');
  const withholdingPct = parsePct(input.withholdingPct, 'withholdingPct');
  const roundTo = wholeRupiah(input.payoutRoundTo, 'payoutRoundTo');
  if (roundTo < 1n) throw new AppError('SHU_AMOUNT_INVALID', { what: 'payoutRoundTo', value: input.payoutRoundTo });
  const divisor = BigInt(input.savingsBasisDivisor ?? 1);
  if (divisor < 1n) throw new AppError('SHU_AMOUNT_INVALID', { what: 'savingsBasisDivisor', value: input.savingsBasisDivisor ?? 1 });

  const members = [...input.members].sort((a, b) => compareMemberNo(a.memberNo, b.memberNo));
  for (let i = 1; i < members.length; i++) {
    if (compareMemberNo(members[i - 1]!.memberNo, members[i]!.memberNo) === 0) throw new AppError('SHU_MEMBER_DUPLICATE', { memberNo: members[i]!.memberNo });
  }
  const purchase = members.map((m) => wholeRupiah(m.purchaseBasis, `purchaseBasis ${m.memberNo}`));
  const savings = members.map((m) => wholeRupiah(m.savingsBasis, `savingsBasis ${m.memberNo}`));

  // 1. Village share off the top ("at least 20 %": rounded up to the rupiah).
  const villageShare = villagePct === null ? 0n : (surplus * villagePct + HUNDRED_PCT - 1n) / HUNDRED_PCT;
  const afterVillage = surplus - villageShare;

  // 2. The part earned on non-member sales is not members' patronage.
  const memberSales = wholeRupiah(input.memberSales, 'memberSales');
  const nonMemberSales = wholeRupiah(input.nonMemberSales, 'nonMemberSales');
  const allSales = memberSales + nonMemberSales;
  const nonMemberShare = input.nonMemberToCadangan && allSales > 0n ? (afterVillage * nonMemberSales * 2n + allSales) / (2n * allSales) : 0n;
  const pool = afterVillage - nonMemberShare;

  // 3. The AD/ART table over the pool, largest remainder between the funds (ties: table order).
  const fundAmounts = largestRemainder(
    pool,
    FUND_KEYS.map((k, rank) => ({ weight: scaled[k], rank })),
  );
  const fund = (k: FundKey) => fundAmounts[FUND_KEYS.indexOf(k)]!;

  // 4. Each member part shared by its basis; ties go to the lower member number.
  const share = (amount: bigint, weights: bigint[]): { shares: bigint[]; undistributed: bigint } => {
    if (weights.every((w) => w === 0n)) return { shares: weights.map(() => 0n), undistributed: amount };
    return {
      shares: largestRemainder(
        amount,
        weights.map((weight, rank) => ({ weight, rank })),
      ),
      undistributed: 0n,
    };
  };
  const ju = share(fund('jasaUsaha'), purchase);
  const jm = share(fund('jasaModal'), savings);

  // 5. Tax withheld (floored: never more than the rate), then the payout rounding.
  let rounding = 0n;
  const rows: ShuMemberResult[] = members.map((m, i) => {
    const total = ju.shares[i]! + jm.shares[i]!;
    const withheld = (total * withholdingPct) / HUNDRED_PCT;
    const net = total - withheld;
    const payout = (net / roundTo) * roundTo;
    rounding += net - payout;
    return {
      memberNo: m.memberNo,
      name: m.name,
      purchaseBasis: num(purchase[i]!),
      savingsBasis: num((savings[i]! * 2n + divisor) / (2n * divisor)),
      jasaUsaha: num(ju.shares[i]!),
      jasaModal: num(jm.shares[i]!),
      total: num(total),
      withheld: num(withheld),
      net: num(net),
      payout: num(payout),
      roundedOff: num(net - payout),
    };
  });

  const sum = (f: (r: ShuMemberResult) => number) => rows.reduce((s, r) => s + BigInt(f(r)), 0n);
  return {
    year: input.year,
    surplus: num(surplus),
    villageSharePct: villagePct === null ? null : formatPct(villagePct),
    villageShare: num(villageShare),
    nonMemberShare: num(nonMemberShare),
    pool: num(pool),
    funds: FUND_KEYS.map((key) => ({ key, pct: formatPct(scaled[key]), amount: num(fund(key)) })),
    jasaUsahaUndistributed: num(ju.undistributed),
    jasaModalUndistributed: num(jm.undistributed),
    roundingToCadangan: num(rounding),
    cadanganTotal: num(fund('cadangan') + nonMemberShare + ju.undistributed + jm.undistributed + rounding),
    members: rows,
    totals: {
      purchaseBasis: num(sum((r) => r.purchaseBasis)),
      savingsBasis: num(sum((r) => r.savingsBasis)),
      jasaUsaha: num(sum((r) => r.jasaUsaha)),
      jasaModal: num(sum((r) => r.jasaModal)),
      total: num(sum((r) => r.total)),
      withheld: num(sum((r) => r.withheld)),
      net: num(sum((r) => r.net)),
      payout: num(sum((r) => r.payout)),
    },
  };
}

/** Where every rupiah of the surplus went; the amounts add up to the surplus exactly. */
export function shuDisposition(r: ShuResult): { key: string; amount: number }[] {
  const lines = [
    { key: 'villageShare', amount: r.villageShare },
    { key: 'nonMemberToCadangan', amount: r.nonMemberShare },
    ...r.funds.filter((f) => f.key !== 'jasaUsaha' && f.key !== 'jasaModal').map((f) => ({ key: f.key as string, amount: f.amount })),
    { key: 'jasaUsahaUndistributed', amount: r.jasaUsahaUndistributed },
    { key: 'jasaModalUndistributed', amount: r.jasaModalUndistributed },
    { key: 'withheldTax', amount: r.totals.withheld },
    { key: 'roundingToCadangan', amount: r.roundingToCadangan },
    { key: 'memberPayout', amount: r.totals.payout },
  ];
  return lines;
}
