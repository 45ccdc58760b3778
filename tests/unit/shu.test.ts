import { describe, expect, it } from 'vitest';
import { computeShu, largestRemainder, shuDisposition, type Allocation, type ShuInput } from '../../shared/shu';
import { AppError } from '../../shared/errors';
import { errorText } from '../../shared/i18n/errorMessages';

const DEFAULT_ALLOCATION: Allocation = {
  cadangan: '30',
  jasaUsaha: '25',
  jasaModal: '20',
  danaPengurus: '5',
  danaKaryawan: '5',
  danaPendidikan: '5',
  danaSosial: '5',
  danaPembangunan: '5',
};

function input(over: Partial<ShuInput> = {}): ShuInput {
  return {
    year: 2026,
    surplus: 100_000_000,
    allocation: DEFAULT_ALLOCATION,
    villageSharePct: null,
    members: [],
    memberSales: 0,
    nonMemberSales: 0,
    nonMemberToCadangan: true,
    payoutRoundTo: 1,
    withholdingPct: '0',
    ...over,
  };
}

function errorCode(fn: () => unknown): { code: string; params: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected an AppError');
}

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('SHU engine: the worked example of docs/domain/members-and-shu.md', () => {
  it('A bought Rp6.000.000 of Rp600.000.000 and saved Rp1.200.000 of Rp240.000.000: JU Rp250.000, JM Rp100.000, SHU Rp350.000', () => {
    const r = computeShu(
      input({
        members: [
          { memberNo: '0001', name: 'A', purchaseBasis: 6_000_000, savingsBasis: 1_200_000 },
          { memberNo: '0002', name: 'Lainnya', purchaseBasis: 594_000_000, savingsBasis: 238_800_000 },
        ],
      }),
    );
    expect(r.funds.find((f) => f.key === 'jasaUsaha')!.amount).toBe(25_000_000);
    expect(r.funds.find((f) => f.key === 'jasaModal')!.amount).toBe(20_000_000);
    const a = r.members.find((m) => m.memberNo === '0001')!;
    expect([a.jasaUsaha, a.jasaModal, a.total]).toEqual([250_000, 100_000, 350_000]);
    expect(r.totals.jasaUsaha).toBe(25_000_000);
    expect(r.totals.jasaModal).toBe(20_000_000);
  });
});

describe('SHU engine: rules', () => {
  it('refuses an allocation that does not add up to exactly 100 %, with a clear message', () => {
    const err = errorCode(() => computeShu(input({ allocation: { ...DEFAULT_ALLOCATION, danaSosial: '5.0001' } })));
    expect(err).toEqual({ code: 'SHU_ALLOCATION_NOT_100', params: { sum: '100.0001' } });
    expect(errorText('SHU_ALLOCATION_NOT_100', { sum: '99' }, 'id')).toBe('Pembagian SHU harus berjumlah tepat 100 %, sekarang 99 %.');
  });

  it('refuses a percentage written as a float-ish or negative string, and a negative surplus', () => {
    expect(errorCode(() => computeShu(input({ allocation: { ...DEFAULT_ALLOCATION, cadangan: '-30' } }))).code).toBe('SHU_PERCENT_INVALID');
    expect(errorCode(() => computeShu(input({ allocation: { ...DEFAULT_ALLOCATION, cadangan: '1e1' } }))).code).toBe('SHU_PERCENT_INVALID');
    expect(errorCode(() => computeShu(input({ surplus: -1 }))).code).toBe('SHU_AMOUNT_INVALID');
    expect(errorCode(() => computeShu(input({ surplus: 10.5 }))).code).toBe('SHU_AMOUNT_INVALID');
  });

  it('refuses the same member number twice', () => {
    const m = { memberNo: '7', name: 'X', purchaseBasis: 1, savingsBasis: 1 };
    expect(errorCode(() => computeShu(input({ members: [m, { ...m }] })))).toEqual({ code: 'SHU_MEMBER_DUPLICATE', params: { memberNo: '7' } });
  });

  it('a member with no purchases and no savings gets 0', () => {
    const r = computeShu(
      input({
        members: [
          { memberNo: '1', name: 'Aktif', purchaseBasis: 1_000_000, savingsBasis: 500_000 },
          { memberNo: '2', name: 'Diam', purchaseBasis: 0, savingsBasis: 0 },
        ],
      }),
    );
    expect(r.members[1]).toMatchObject({ jasaUsaha: 0, jasaModal: 0, total: 0, payout: 0 });
    expect(r.members[0]).toMatchObject({ jasaUsaha: 25_000_000, jasaModal: 20_000_000 });
  });

  it('a year without member purchases reports the whole jasa usaha as undistributed, kept in cadangan (no division by zero)', () => {
    const r = computeShu(input({ members: [{ memberNo: '1', name: 'Penabung', purchaseBasis: 0, savingsBasis: 100_000 }] }));
    expect(r.jasaUsahaUndistributed).toBe(25_000_000);
    expect(r.members[0]).toMatchObject({ jasaUsaha: 0, jasaModal: 20_000_000 });
    expect(r.cadanganTotal).toBe(30_000_000 + 25_000_000);
    const empty = computeShu(input({ members: [] }));
    expect(empty.jasaUsahaUndistributed + empty.jasaModalUndistributed).toBe(45_000_000);
  });

  it('the village share comes off the top, the non-member part goes to cadangan, and every rupiah is accounted for', () => {
    const r = computeShu(
      input({
        surplus: 100_000_001,
        villageSharePct: '20',
        memberSales: 750_000_000,
        nonMemberSales: 250_000_000,
        members: [
          { memberNo: '1', name: 'A', purchaseBasis: 1, savingsBasis: 1 },
          { memberNo: '2', name: 'B', purchaseBasis: 1, savingsBasis: 1 },
          { memberNo: '3', name: 'C', purchaseBasis: 1, savingsBasis: 1 },
        ],
      }),
    );
    expect(r.villageShare).toBe(20_000_001); // at least 20 %: rounded up
    expect(r.nonMemberShare).toBe(20_000_000); // a quarter of the rest
    expect(r.pool).toBe(60_000_000);
    expect(sumOf(r.funds.map((f) => f.amount))).toBe(60_000_000);
    expect(sumOf(shuDisposition(r).map((l) => l.amount))).toBe(100_000_001);
    // 15.000.000 over three equal bases: 5.000.000 each, exact.
    expect(r.members.map((m) => m.jasaUsaha)).toEqual([5_000_000, 5_000_000, 5_000_000]);
  });

  it('with the non-member setting off the non-member part stays in the pool', () => {
    const r = computeShu(input({ memberSales: 1, nonMemberSales: 1, nonMemberToCadangan: false }));
    expect(r.nonMemberShare).toBe(0);
    expect(r.pool).toBe(100_000_000);
  });

  it('largest remainder: ties go to the larger basis, then the lower member number', () => {
    // 10 rupiah over three equal bases: 3 each, the one left to member no. 2 (lower than 10 and 11).
    const r = computeShu(
      input({
        surplus: 40,
        allocation: { ...DEFAULT_ALLOCATION, cadangan: '5', jasaUsaha: '50' },
        members: [
          { memberNo: '11', name: 'C', purchaseBasis: 5, savingsBasis: 0 },
          { memberNo: '2', name: 'A', purchaseBasis: 5, savingsBasis: 0 },
          { memberNo: '10', name: 'B', purchaseBasis: 5, savingsBasis: 0 },
        ],
      }),
    );
    expect(r.funds.find((f) => f.key === 'jasaUsaha')!.amount).toBe(20);
    expect(r.members.map((m) => [m.memberNo, m.jasaUsaha])).toEqual([
      ['2', 7],
      ['10', 7],
      ['11', 6],
    ]);
    expect(
      largestRemainder(1n, [
        { weight: 1n, rank: 1 },
        { weight: 2n, rank: 0 },
        { weight: 1n, rank: 0 },
      ]),
    ).toEqual([0n, 1n, 0n]);
  });

  it('payout rounding down to Rp100 sends the rounded-off rupiah to cadangan as its own line; tax withheld gives gross, withheld, net', () => {
    const r = computeShu(
      input({
        surplus: 1_000_000,
        payoutRoundTo: 100,
        withholdingPct: '10',
        members: [
          { memberNo: '1', name: 'A', purchaseBasis: 1, savingsBasis: 1 },
          { memberNo: '2', name: 'B', purchaseBasis: 2, savingsBasis: 0 },
        ],
      }),
    );
    // JU 250.000 by purchases 1:2 → 83.333,33 / 166.666,67: the spare rupiah goes to B (larger remainder).
    const [a, b] = r.members;
    expect([a!.jasaUsaha, b!.jasaUsaha]).toEqual([83_333, 166_667]);
    expect(a).toMatchObject({ jasaModal: 200_000, total: 283_333, withheld: 28_333, net: 255_000, payout: 255_000, roundedOff: 0 });
    expect(b).toMatchObject({ total: 166_667, withheld: 16_666, net: 150_001, payout: 150_000, roundedOff: 1 });
    expect(r.roundingToCadangan).toBe(1);
    expect(r.cadanganTotal).toBe(300_001);
    expect(sumOf(shuDisposition(r).map((l) => l.amount))).toBe(1_000_000);
  });

  it('reports the month-end average as the savings basis but shares by the exact sum', () => {
    const r = computeShu(input({ savingsBasisDivisor: 12, members: [{ memberNo: '1', name: 'A', purchaseBasis: 0, savingsBasis: 12 * 110_000 + 6 }] }));
    expect(r.members[0]!.savingsBasis).toBe(110_001);
  });

  it('handles amounts whose products exceed 2^53 exactly', () => {
    const r = computeShu(
      input({
        surplus: 9_000_000_000_000,
        members: [
          { memberNo: '1', name: 'A', purchaseBasis: 3_000_000_000_001, savingsBasis: 7 },
          { memberNo: '2', name: 'B', purchaseBasis: 6_000_000_000_003, savingsBasis: 11 },
        ],
      }),
    );
    expect(r.totals.jasaUsaha).toBe(2_250_000_000_000);
    // A's exact share is 749.999.999.999,92 and B's 1.500.000.000.000,08: the spare rupiah goes to A.
    expect(r.members.map((m) => m.jasaUsaha)).toEqual([750_000_000_000, 1_500_000_000_000]);
  });
});
