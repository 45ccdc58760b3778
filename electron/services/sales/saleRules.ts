// The rules that plug into the sale commit (LPG 3 kg, SPHP, Minyakita, ...). They run inside the
// commit transaction, after prices are known and before anything is written, so a refusal
// writes nothing and two terminals cannot both pass a check for the last allowed item.
import type { ErrorCode, ErrorParams } from '../../../shared/errors';
import type { Milli, Rupiah } from '../../../shared/money';
import type { Core } from '../core';

export interface DraftLine {
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  subsidyProgram: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE';
  lpgKind: 'refill' | 'full_new' | 'empty' | null;
  soldBy: 'piece' | 'weight';
  packSizeMilli: number | null;
  qtyMilli: Milli;
  unitPrice: Rupiah;
  lineTotal: Rupiah;
  /** Rule-specific input from the cart line (e.g. the LPG buyer, whether an empty came back). */
  extra: Record<string, unknown>;
}

export interface SaleDraft {
  saleId: string;
  businessDate: string;
  at: Date;
  cashierId: string;
  memberId: string | null;
  /** Sale-level rule input (e.g. the SPHP buyer's NIK or member). */
  extra: Record<string, unknown>;
  lines: DraftLine[];
}

/** A hard refusal cannot be overridden at the counter; a soft one can, with a supervisor's PIN. */
export interface RuleFinding {
  code: ErrorCode;
  params: ErrorParams;
  severity: 'hard' | 'soft';
}

export interface SaleRule {
  name: string;
  check(core: Core, draft: SaleDraft): RuleFinding[];
  /** Rupiah a programme may add on top of a product's HET (LPG 3 kg: the sub-pangkalan markup). */
  hetAllowance?(core: Core, subsidyProgram: DraftLine['subsidyProgram'], date: string): Rupiah;
  /** Writes the rule's own rows (quota log, MAP logbook) in the same transaction, after the sale rows. */
  afterInsert?(core: Core, draft: SaleDraft, receiptNo: string): void;
  /** A whole sale was voided (same transaction, after the reversing stock moves): reverse the rule's own rows. */
  afterVoid?(core: Core, saleId: string): void;
  /** Part of a sale came back (same transaction, after the return's stock moves). */
  afterReturn?(core: Core, saleId: string, lines: ReturnedLine[], returnId: string): void;
}

/** One sale line (or part of it) taken back by a return. */
export interface ReturnedLine {
  lineNo: number;
  productId: string;
  qtyMilli: Milli;
  /** Refunded for this line, in rupiah. */
  amount: Rupiah;
}

/** What the registered rules allow above the HET for a programme on a date (0 for most goods). */
export function hetAllowance(core: Core, subsidyProgram: DraftLine['subsidyProgram'], date: string): Rupiah {
  return core.saleRules.reduce((sum, r) => sum + (r.hetAllowance?.(core, subsidyProgram, date) ?? 0), 0);
}
