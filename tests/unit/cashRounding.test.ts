import { describe, expect, it } from 'vitest';
import { cashDue, roundCash, roundRefund, type CashRoundingRule } from '../../shared/payments/cashRounding';

const rule = (unit: CashRoundingRule['unit'], mode: CashRoundingRule['mode']): CashRoundingRule => ({ unit, mode });

describe('pembulatan of the cash part', () => {
  it('down always favours the buyer; nearest rounds halves down, so nobody pays half a unit more', () => {
    expect(roundCash(16_375, rule(100, 'down'))).toBe(16_300);
    expect(roundCash(16_375, rule(100, 'nearest'))).toBe(16_400);
    expect(roundCash(16_350, rule(100, 'nearest'))).toBe(16_300);
    expect(roundCash(16_375, rule(500, 'down'))).toBe(16_000);
    expect(roundCash(16_750, rule(500, 'nearest'))).toBe(16_500);
    expect(roundCash(16_751, rule(500, 'nearest'))).toBe(17_000);
    expect(roundCash(93_750, rule(1000, 'down'))).toBe(93_000);
    expect(roundCash(16_375, rule(0, 'nearest'))).toBe(16_375);
    // An amount already on the unit is never touched.
    expect(roundCash(16_300, rule(100, 'down'))).toBe(16_300);
  });

  it('a split sale rounds only what is left for cash; a sale without cash is never rounded', () => {
    expect(cashDue(16_375, 0, true, rule(100, 'down'))).toEqual({ cashPart: 16_375, rounding: -75, due: 16_300 });
    // QRIS pays 10.000 exactly; cash meets the 6.375 left, rounded to 6.300.
    expect(cashDue(16_375, 10_000, true, rule(100, 'down'))).toEqual({ cashPart: 6_375, rounding: -75, due: 16_300 });
    expect(cashDue(16_375, 10_000, false, rule(100, 'down'))).toEqual({ cashPart: 6_375, rounding: 0, due: 16_375 });
    expect(cashDue(16_375, 16_375, true, rule(100, 'down'))).toEqual({ cashPart: 0, rounding: 0, due: 16_375 });
    expect(cashDue(16_375, 0, true, rule(100, 'nearest'))).toEqual({ cashPart: 16_375, rounding: 25, due: 16_400 });
  });

  it('a cash refund is rounded the buyer’s way: up in down mode, halves up in nearest', () => {
    expect(roundRefund(6_275, rule(100, 'down'))).toBe(6_300);
    expect(roundRefund(6_250, rule(100, 'nearest'))).toBe(6_300);
    expect(roundRefund(6_249, rule(100, 'nearest'))).toBe(6_200);
    expect(roundRefund(6_275, rule(0, 'down'))).toBe(6_275);
  });
});
