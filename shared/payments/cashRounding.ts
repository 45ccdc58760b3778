// Pembulatan: the cash part of a sale rounded to a coin the drawer can give back. The rule is a
// setting (pos.cash_rounding, docs/domain/payments.md): the unit (none, Rp100, Rp500, Rp1.000) and
// the mode. "down" always favours the buyer; "nearest" rounds halves down too, so the buyer is
// never charged more than half a unit above the price (Permendag 35/2013 lets a seller round only
// to the rupiah in circulation, and UU 8/1999 forbids taking what the buyer did not owe).
import { Dec, sumRupiah, type Rupiah } from '../money';

export const ROUNDING_UNITS = [0, 100, 500, 1000] as const;
export type RoundingUnit = (typeof ROUNDING_UNITS)[number];
export type RoundingMode = 'nearest' | 'down';

export interface CashRoundingRule {
  /** 0: no rounding. */
  unit: RoundingUnit;
  mode: RoundingMode;
}

/** No rounding: what a screen assumes until the outlet's rule has loaded. */
export const NO_ROUNDING: CashRoundingRule = { unit: 0, mode: 'down' };

/** `amount` rounded by the rule (whole rupiah in, whole rupiah out). */
export function roundCash(amount: Rupiah, rule: CashRoundingRule): Rupiah {
  if (rule.unit === 0 || amount <= 0) return amount;
  const mode = rule.mode === 'down' ? Dec.ROUND_DOWN : Dec.ROUND_HALF_DOWN;
  return new Dec(amount).div(rule.unit).toDecimalPlaces(0, mode).mul(rule.unit).toNumber();
}

export interface CashDue {
  /** What the buyer owes in cash after the non-cash payments, before rounding. */
  cashPart: Rupiah;
  /** Signed: negative when the buyer pays less than the goods (rounded down). */
  rounding: Rupiah;
  /** What the whole sale asks for: goods total + rounding. */
  due: Rupiah;
}

/**
 * In a split payment only the part paid in cash is rounded: QRIS and transfer move exact rupiah,
 * so they pay their exact amount and the cash that is left is what meets the coin problem. A sale
 * with no cash payment is never rounded.
 */
export function cashDue(total: Rupiah, nonCash: Rupiah, paysCash: boolean, rule: CashRoundingRule): CashDue {
  const cashPart = Math.max(0, sumRupiah([total, -nonCash]));
  const rounding = paysCash ? sumRupiah([roundCash(cashPart, rule), -cashPart]) : 0;
  return { cashPart, rounding, due: sumRupiah([total, rounding]) };
}

/** A cash refund rounded in the buyer's favour: up in "down" mode, halves up in "nearest". */
export function roundRefund(amount: Rupiah, rule: CashRoundingRule): Rupiah {
  if (rule.unit === 0 || amount <= 0) return amount;
  const mode = rule.mode === 'down' ? Dec.ROUND_UP : Dec.ROUND_HALF_UP;
  return new Dec(amount).div(rule.unit).toDecimalPlaces(0, mode).mul(rule.unit).toNumber();
}
