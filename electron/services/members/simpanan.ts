// The simpanan ledger: pokok once at joining, wajib monthly, sukarela in and out. Append-only;
// a withdrawal is a negative entry, and sukarela never goes below zero (checked inside the
// write transaction, so two terminals cannot both withdraw the last rupiah).
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { SimpananBalances, SimpananEntryView, SimpananKind, WajibArrears } from '../../../shared/api/members';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { postSimpananEntry } from '../books/postings';
import { getMember } from './members';
import { outletToday, settingOn } from '../settings/settings';

interface EntryRow {
  id: string;
  member_id: string;
  kind: SimpananKind;
  amount: number;
  entry_date: string;
  receipt_no: string;
  method: 'cash' | 'transfer' | 'shu';
  reference: string | null;
  note: string | null;
}

export function entryView(r: EntryRow): SimpananEntryView {
  return {
    id: r.id,
    memberId: r.member_id,
    kind: r.kind,
    amount: r.amount,
    entryDate: r.entry_date,
    receiptNo: r.receipt_no,
    method: r.method,
    reference: r.reference,
    note: r.note,
  };
}

function nextSimpananReceiptNo(core: Core, date: string): string {
  const outlet = settingOn(core, 'outlet.code', date);
  const row = core.db
    .prepare(
      'INSERT INTO simpanan_receipt_counters (entry_date, last_no) VALUES (?, 1) ON CONFLICT (entry_date) DO UPDATE SET last_no = last_no + 1 RETURNING last_no',
    )
    .get(date) as { last_no: number };
  return `${outlet}-SP-${date.replace(/-/g, '')}-${String(row.last_no).padStart(4, '0')}`;
}

export interface NewEntry {
  memberId: string;
  kind: SimpananKind;
  amount: number;
  method: 'cash' | 'transfer' | 'shu';
  reference?: string | null;
  note?: string | null;
  date?: string;
}

/** Writes one ledger entry with its receipt number; call inside a transaction. */
export function postSimpanan(core: Core, e: NewEntry, userId: string | null): SimpananEntryView {
  const date = e.date ?? outletToday(core);
  const id = uuidv7(core.now().getTime());
  const receiptNo = nextSimpananReceiptNo(core, date);
  core.db
    .prepare(
      'INSERT INTO simpanan_entries (id, member_id, kind, amount, entry_date, receipt_no, method, reference, note, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(id, e.memberId, e.kind, e.amount, date, receiptNo, e.method, e.reference ?? null, e.note ?? null, userId, core.now().toISOString());
  postSimpananEntry(core, id);
  audit(core, {
    userId,
    action: e.amount > 0 ? 'simpanan.deposit' : 'simpanan.withdraw',
    entity: 'member',
    entityId: e.memberId,
    details: { kind: e.kind, amount: e.amount, receiptNo },
  });
  return entryView(core.db.prepare('SELECT * FROM simpanan_entries WHERE id = ?').get(id) as EntryRow);
}

export function balances(core: Core, memberId: string, asOf = '9999-12-31'): SimpananBalances {
  const rows = core.db
    .prepare('SELECT kind, SUM(amount) AS total FROM simpanan_entries WHERE member_id = ? AND entry_date <= ? GROUP BY kind')
    .all(memberId, asOf) as { kind: SimpananKind; total: number }[];
  const b = { pokok: 0, wajib: 0, sukarela: 0, total: 0 };
  for (const r of rows) {
    b[r.kind] = r.total;
    b.total += r.total;
  }
  return b;
}

export interface DepositInput {
  memberId: string;
  kind: SimpananKind;
  amount?: number;
  months?: number;
  method: 'cash' | 'transfer';
  note?: string;
}

export function deposit(core: Core, input: DepositInput, userId: string | null): SimpananEntryView {
  return inTransaction(core, () => {
    const member = getMember(core, input.memberId);
    if (member.status !== 'active') throw new AppError('MEMBER_NOT_ACTIVE', { memberId: input.memberId });
    const date = outletToday(core);
    let amount: number;
    if (input.kind === 'pokok') {
      if (balances(core, input.memberId).pokok > 0) throw new AppError('SIMPANAN_POKOK_PAID', { memberNo: member.memberNo });
      amount = settingOn(core, 'simpanan.pokok_amount', date);
    } else if (input.kind === 'wajib') {
      amount = settingOn(core, 'simpanan.wajib_amount', date) * (input.months ?? 1);
    } else {
      if (!input.amount) throw new AppError('SIMPANAN_AMOUNT_REQUIRED', {});
      amount = input.amount;
    }
    return postSimpanan(core, { memberId: input.memberId, kind: input.kind, amount, method: input.method, note: input.note ?? null, date }, userId);
  });
}

export function withdraw(
  core: Core,
  input: { memberId: string; kind: SimpananKind; amount: number; method: 'cash' | 'transfer'; note?: string },
  userId: string | null,
): SimpananEntryView {
  return inTransaction(core, () => {
    const member = getMember(core, input.memberId);
    // Pokok and wajib are the member's capital: returned only when they leave (AD/ART).
    if (input.kind !== 'sukarela' && member.status !== 'left') throw new AppError('SIMPANAN_WITHDRAW_ONLY_ON_LEAVE', { kind: input.kind });
    const balance = balances(core, input.memberId)[input.kind];
    if (input.amount > balance) throw new AppError('SIMPANAN_BALANCE_SHORT', { kind: input.kind, availableAmount: balance, amount: input.amount });
    return postSimpanan(core, { memberId: input.memberId, kind: input.kind, amount: -input.amount, method: input.method, note: input.note ?? null }, userId);
  });
}

function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let [y, m] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Wajib due from the joining month to asOf (or the leaving month), at the amount in force each month; payments cover the oldest months first. */
export function wajibArrears(core: Core, memberId: string, asOf: string = outletToday(core)): WajibArrears {
  const m = getMember(core, memberId);
  const end = m.leaveDate && m.leaveDate < asOf ? m.leaveDate : asOf;
  const months = end < m.joinDate ? [] : monthsBetween(m.joinDate.slice(0, 7), end.slice(0, 7));
  const dues = months.map((month) => ({ month, amount: settingOn(core, 'simpanan.wajib_amount', `${month}-01`) }));
  const paid = (
    core.db
      .prepare("SELECT COALESCE(SUM(amount), 0) AS paid FROM simpanan_entries WHERE member_id = ? AND kind = 'wajib' AND amount > 0 AND entry_date <= ?")
      .get(memberId, asOf) as { paid: number }
  ).paid;
  let covered = paid;
  const unpaidMonths: string[] = [];
  for (const d of dues) {
    if (covered >= d.amount) covered -= d.amount;
    else {
      covered = 0;
      unpaidMonths.push(d.month);
    }
  }
  const expected = dues.reduce((s, d) => s + d.amount, 0);
  return { monthsDue: months.length, expected, paid, arrears: Math.max(0, expected - paid), unpaidMonths };
}

export function entriesOf(core: Core, memberId: string, from: string, to: string): SimpananEntryView[] {
  return (
    core.db
      .prepare('SELECT * FROM simpanan_entries WHERE member_id = ? AND entry_date BETWEEN ? AND ? ORDER BY entry_date, receipt_no')
      .all(memberId, from, to) as EntryRow[]
  ).map(entryView);
}
