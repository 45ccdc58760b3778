import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeShu, FUND_KEYS, shuDisposition, type Allocation, type ShuInput } from '../../shared/shu';

// Random AD/ART tables that add up to exactly 100 %: 8 cut points in 0..1,000,000 (1/10,000 %).
const allocationArb = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 7, maxLength: 7 }).map((cuts): Allocation => {
  const points = [0, ...cuts.sort((a, b) => a - b), 1_000_000];
  const pct = (n: number) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`;
  return Object.fromEntries(FUND_KEYS.map((k, i) => [k, pct(points[i + 1]! - points[i]!)])) as Allocation;
});

const memberArb = fc.record({
  purchaseBasis: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 2_000_000_000_000 })),
  savingsBasis: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000_000 })),
});

const inputArb = fc
  .record({
    surplus: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 5_000_000_000_000 })),
    allocation: allocationArb,
    village: fc.boolean(),
    nonMemberToCadangan: fc.boolean(),
    memberSales: fc.integer({ min: 0, max: 1_000_000_000 }),
    nonMemberSales: fc.integer({ min: 0, max: 1_000_000_000 }),
    payoutRoundTo: fc.constantFrom(1, 100, 500, 1000),
    withholdingPct: fc.constantFrom('0', '10', '15.5'),
    members: fc.array(memberArb, { minLength: 1, maxLength: 40 }),
  })
  .map((g): ShuInput => ({
    year: 2026,
    surplus: g.surplus,
    allocation: g.allocation,
    villageSharePct: g.village ? '20' : null,
    nonMemberToCadangan: g.nonMemberToCadangan,
    memberSales: g.memberSales,
    nonMemberSales: g.nonMemberSales,
    payoutRoundTo: g.payoutRoundTo,
    withholdingPct: g.withholdingPct,
    members: g.members.map((m, i) => ({ memberNo: String(i + 1).padStart(4, '0'), name: `M${i + 1}`, ...m })),
  }));

const big = (xs: number[]) => xs.reduce((s, x) => s + BigInt(x), 0n);

describe('SHU engine properties (fast-check)', () => {
  it('shares are whole rupiah and each part sums exactly to its allocation; the whole surplus is accounted for', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const r = computeShu(inp);
        for (const m of r.members) {
          for (const v of [m.jasaUsaha, m.jasaModal, m.total, m.withheld, m.net, m.payout]) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
        }
        const fund = (k: string) => BigInt(r.funds.find((f) => f.key === k)!.amount);
        expect(big(r.members.map((m) => m.jasaUsaha)) + BigInt(r.jasaUsahaUndistributed)).toBe(fund('jasaUsaha'));
        expect(big(r.members.map((m) => m.jasaModal)) + BigInt(r.jasaModalUndistributed)).toBe(fund('jasaModal'));
        expect(big(r.funds.map((f) => f.amount))).toBe(BigInt(r.pool));
        expect(big(shuDisposition(r).map((l) => l.amount))).toBe(BigInt(inp.surplus));
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in the basis: more purchases (or savings) never means a smaller share', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const r = computeShu(inp);
        const ms = r.members;
        for (const a of ms)
          for (const b of ms) {
            if (a.purchaseBasis > b.purchaseBasis) expect(a.jasaUsaha).toBeGreaterThanOrEqual(b.jasaUsaha);
            if (a.savingsBasis > b.savingsBasis) expect(a.jasaModal).toBeGreaterThanOrEqual(b.jasaModal);
          }
      }),
      { numRuns: 200 },
    );
  });

  it("raising one member's purchases never lowers that member's jasa usaha", () => {
    fc.assert(
      fc.property(inputArb, fc.nat({ max: 39 }), fc.integer({ min: 1, max: 10_000_000 }), (inp, pick, extra) => {
        const i = pick % inp.members.length;
        const before = computeShu(inp).members[i]!.jasaUsaha;
        const raised = { ...inp, members: inp.members.map((m, j) => (j === i ? { ...m, purchaseBasis: m.purchaseBasis + extra } : m)) };
        expect(computeShu(raised).members[i]!.jasaUsaha).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result in any order of the members', () => {
    fc.assert(
      fc.property(
        inputArb.chain((inp) =>
          fc.shuffledSubarray([...inp.members], { minLength: inp.members.length, maxLength: inp.members.length }).map((shuffled) => [inp, shuffled] as const),
        ),
        ([inp, shuffled]) => {
          expect(computeShu({ ...inp, members: shuffled })).toEqual(computeShu(inp));
        },
      ),
      { numRuns: 200 },
    );
  });
});
