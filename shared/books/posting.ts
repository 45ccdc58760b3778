// The posting rules of the books, as pure functions: each operation becomes a list of signed
// amounts per account (positive = debit, negative = credit), merged per account and checked to
// balance to the rupiah. The services only gather the facts and write what these return.
// Accounts follow the default chart in migrations/0956_books.sql; see docs/books.md.
import { Dec, type Rupiah } from '../money';

export interface JournalLine {
  account: string;
  debit: Rupiah;
  credit: Rupiah;
}

/** One signed amount: positive debits the account, negative credits it. */
export type Part = readonly [account: string, signed: Rupiah];

export const ACCOUNTS = {
  kasBesar: '1101',
  kasLaci: '1102',
  kasKecil: '1103',
  bank: '1111',
  qris: '1112',
  persediaan: '1131',
  utangUsaha: '2101',
  sukarela: '2201',
  utangShu: '2301',
  utangPajak: '2401',
  pokok: '3101',
  wajib: '3102',
  shuBerjalan: '3301',
  saldoAwal: '3901',
  penjualanAnggota: '4101',
  penjualanNonAnggota: '4102',
  hpp: '5101',
  pendapatanPembulatan: '4201',
  selisihKas: '6106',
  selisihPersediaan: '6107',
  bebanPembulatan: '6108',
  bebanPajak: '6901',
} as const;

export class UnbalancedJournal extends Error {}

/** Merges the parts per account into one debit or credit line each; zero lines drop out. */
export function toLines(parts: readonly Part[]): JournalLine[] {
  const byAccount = new Map<string, Dec>();
  for (const [account, signed] of parts) {
    if (!Number.isSafeInteger(signed)) throw new UnbalancedJournal(`not a whole rupiah: ${signed}`);
    byAccount.set(account, (byAccount.get(account) ?? new Dec(0)).add(signed));
  }
  let sum = new Dec(0);
  const lines: JournalLine[] = [];
  for (const [account, net] of byAccount) {
    sum = sum.add(net);
    if (net.isZero()) continue;
    const n = net.toNumber();
    lines.push({ account, debit: n > 0 ? n : 0, credit: n < 0 ? -n : 0 });
  }
  if (!sum.isZero()) throw new UnbalancedJournal(`journal out of balance by ${sum.toString()}`);
  return lines;
}

const neg = (parts: readonly Part[]): Part[] => parts.map(([a, v]) => [a, -v] as const);
const total = (values: readonly Rupiah[]): Rupiah => values.reduce((s, v) => s.add(v), new Dec(0)).toNumber();

export interface SaleFacts {
  /** Money received per account (cash net of change, QRIS, transfer). */
  received: readonly Part[];
  revenueAccount: string;
  total: Rupiah;
  /** Value change per inventory account of the document's stock moves (negative when goods leave). */
  inventory: readonly Part[];
  /** Pembulatan of the cash part, signed: the money received is total + rounding. */
  rounding?: Rupiah;
}

/** Rounded up, the extra rupiah are pendapatan pembulatan; rounded down for the buyer, beban pembulatan. */
function roundingParts(rounding: Rupiah | undefined): Part[] {
  if (!rounding) return [];
  return [[rounding > 0 ? ACCOUNTS.pendapatanPembulatan : ACCOUNTS.bebanPembulatan, -rounding]];
}

/** A sale: money in, revenue out, the rounding to its account; goods leave persediaan into HPP at their average cost. */
export function salePosting(f: SaleFacts): Part[] {
  return [...f.received, [f.revenueAccount, -f.total], ...roundingParts(f.rounding), ...f.inventory, [ACCOUNTS.hpp, -total(f.inventory.map((p) => p[1]))]];
}

/** A void or a return: the sale's posting turned around. The inventory parts are the moves'
 * own deltas (goods coming back at today's average), so they are not negated. */
export function reversalPosting(f: SaleFacts): Part[] {
  return [
    ...neg(f.received),
    [f.revenueAccount, f.total],
    ...neg(roundingParts(f.rounding)),
    ...f.inventory,
    [ACCOUNTS.hpp, -total(f.inventory.map((p) => p[1]))],
  ];
}

/** A confirmed delivery: goods into persediaan, the invoice to the supplier's utang usaha. What the
 * average-cost rounding and the empties handed back leave over goes to HPP. */
export function deliveryPosting(f: { inventory: readonly Part[]; payable: string; invoice: Rupiah }): Part[] {
  const booked = total(f.inventory.map((p) => p[1]));
  return [...f.inventory, [f.payable, -f.invoice], [ACCOUNTS.hpp, f.invoice - booked]];
}

export function supplierPaymentPosting(f: { payable: string; paidFrom: string; amount: Rupiah }): Part[] {
  return [
    [f.payable, f.amount],
    [f.paidFrom, -f.amount],
  ];
}

/** An opname: the counted difference, at average cost, against beban selisih persediaan. */
export function opnamePosting(inventory: readonly Part[]): Part[] {
  return [...inventory, [ACCOUNTS.selisihPersediaan, -total(inventory.map((p) => p[1]))]];
}

/** Simpanan in (amount > 0) or out (amount < 0): pokok and wajib are equity, sukarela a liability. */
export function simpananPosting(f: { kind: 'pokok' | 'wajib' | 'sukarela'; amount: Rupiah; via: string }): Part[] {
  const account = f.kind === 'pokok' ? ACCOUNTS.pokok : f.kind === 'wajib' ? ACCOUNTS.wajib : ACCOUNTS.sukarela;
  return [
    [f.via, f.amount],
    [account, -f.amount],
  ];
}

/** The float leaves the brankas for the terminal's drawer. */
export function shiftOpenPosting(f: { drawer: string; float: Rupiah }): Part[] {
  return [
    [f.drawer, f.float],
    [ACCOUNTS.kasBesar, -f.float],
  ];
}

/** At close the counted cash goes back to the brankas; what the drawer should have held and did
 * not (or held over) is selisih kas. */
export function shiftClosePosting(f: { drawer: string; expected: Rupiah; counted: Rupiah }): Part[] {
  return [
    [ACCOUNTS.kasBesar, f.counted],
    [f.drawer, -f.expected],
    [ACCOUNTS.selisihKas, f.expected - f.counted],
  ];
}

/** Year end: every revenue and expense balance into SHU tahun berjalan (balances signed as debit − credit). */
export function yearClosePosting(incomeBalances: readonly Part[]): Part[] {
  return [...neg(incomeBalances), [ACCOUNTS.shuBerjalan, total(incomeBalances.map((p) => p[1]))]];
}

/** The tax estimate of a year: final PPh on turnover when the setting is on (PP 55/2022, rate to be confirmed). */
export function turnoverTax(turnover: Rupiah, ratePct: string, ceiling: Rupiah): Rupiah {
  if (turnover <= 0 || turnover > ceiling) return 0;
  return new Dec(turnover).mul(ratePct).div(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}
