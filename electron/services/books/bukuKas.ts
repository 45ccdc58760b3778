// Buku kas: kas masuk / kas keluar with a category of the chart, a note and an optional nota photo.
// At the counter the money moves the shift's drawer (so the Z report's expected cash counts it);
// in the office it moves kas kecil. The entry, its photo and its journal commit together.
import { createHash } from 'node:crypto';
import {
  cashEntryPosting,
  NOTA_PHOTO_MAX_BYTES,
  sniffImage,
  SYSTEM_ONLY_ACCOUNTS,
  type CashDirection,
  type CashPlace,
  type NotaPhotoType,
} from '../../../shared/books/kas';
import { ACCOUNTS } from '../../../shared/books/posting';
import type { CashEntryView } from '../../../shared/api/kas';
import { AppError } from '../../../shared/errors';
import { APPROVER_ROLES, MANAGER_ROLES } from '../../../shared/roles';
import { audit } from '../auth/audit';
import { verifyApprover, type SessionUser } from '../auth/auth';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { outletToday, settingOn } from '../settings/settings';
import { postEntry } from './journal';
import { drawerOf } from './postings';

export interface CashEntryInput {
  id: string;
  direction: CashDirection;
  place: CashPlace;
  shiftId?: string;
  accountCode: string;
  amount: number;
  note: string;
  approval?: { username: string; pin: string };
  photo?: { mime: NotaPhotoType; base64: string };
}

interface Row {
  id: string;
  entry_no: string;
  direction: CashDirection;
  place: CashPlace;
  shift_id: string | null;
  account_code: string;
  account_name: string;
  amount: number;
  note: string;
  entry_date: string;
  username: string;
  approver: string | null;
  photo_sha256: string | null;
  created_at: string;
}

const SELECT = `SELECT c.id, c.entry_no, c.direction, c.place, c.shift_id, c.account_code, a.name AS account_name, c.amount, c.note, c.entry_date,
  u.username, v.username AS approver, c.photo_sha256, c.created_at
  FROM cash_entries c JOIN accounts a ON a.code = c.account_code JOIN users u ON u.id = c.user_id LEFT JOIN users v ON v.id = c.approved_by`;

const view = (r: Row): CashEntryView => ({
  id: r.id,
  entryNo: r.entry_no,
  direction: r.direction,
  place: r.place,
  shiftId: r.shift_id,
  accountCode: r.account_code,
  accountName: r.account_name,
  amount: r.amount,
  note: r.note,
  entryDate: r.entry_date,
  user: r.username,
  approvedBy: r.approver,
  hasPhoto: r.photo_sha256 !== null,
  createdAt: r.created_at,
});

function entryById(core: Core, id: string): CashEntryView | null {
  const r = core.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  return r ? view(r) : null;
}

/** In the office kas kecil is filled from, and emptied back into, the brankas; and cash goes to
 * the bank from it (setoran) or comes from the bank into it (tarik tunai). */
const OFFICE_TRANSFERS: readonly string[] = [ACCOUNTS.kasBesar, ACCOUNTS.bank];

export type CashCategory = { code: string; name: string; kind: 'revenue' | 'expense' | 'asset' };

export function cashCategories(core: Core, place: CashPlace): CashCategory[] {
  const rows = core.db
    .prepare(
      "SELECT code, name, kind FROM accounts WHERE active = 1 AND (kind IN ('revenue','expense') OR code IN (SELECT value FROM json_each(?))) ORDER BY code",
    )
    .all(JSON.stringify(place === 'office' ? OFFICE_TRANSFERS : [])) as CashCategory[];
  return rows.filter((r) => !SYSTEM_ONLY_ACCOUNTS.includes(r.code));
}

export function cashPinThreshold(core: Core): number {
  return settingOn(core, 'books.kas.pin_threshold', outletToday(core));
}

function photoBytes(photo: NonNullable<CashEntryInput['photo']>): Buffer {
  const bytes = Buffer.from(photo.base64, 'base64');
  if (bytes.length > NOTA_PHOTO_MAX_BYTES) throw new AppError('KAS_PHOTO_TOO_LARGE', { maxKb: NOTA_PHOTO_MAX_BYTES / 1024 });
  if (sniffImage(bytes) !== photo.mime) throw new AppError('KAS_PHOTO_TYPE', { mime: photo.mime });
  return bytes;
}

function openShiftId(core: Core, shiftId: string | undefined): string {
  const shift = shiftId
    ? (core.db.prepare('SELECT id, closed_at FROM shifts WHERE id = ?').get(shiftId) as { id: string; closed_at: string | null } | undefined)
    : undefined;
  if (!shift || shift.closed_at !== null) throw new AppError('SHIFT_NOT_OPEN', {});
  return shift.id;
}

/** Records one entry; a repeated id returns the entry already recorded. */
export function recordCashEntry(core: Core, user: SessionUser, input: CashEntryInput): CashEntryView {
  const replay = entryById(core, input.id);
  if (replay) return replay;
  if (input.place === 'office' && !MANAGER_ROLES.includes(user.role)) throw new AppError('ROLE_FORBIDDEN', { role: user.role });
  if (!cashCategories(core, input.place).some((c) => c.code === input.accountCode)) throw new AppError('KAS_CATEGORY_INVALID', { code: input.accountCode });
  if (input.place === 'counter') openShiftId(core, input.shiftId);
  const photo = input.photo ? photoBytes(input.photo) : null;
  // A supervisor or manager recording is their own approval; a kasir above the line needs one.
  const threshold = cashPinThreshold(core);
  let approver: SessionUser | null = null;
  if (input.amount > threshold && !APPROVER_ROLES.includes(user.role)) {
    if (!input.approval) throw new AppError('KAS_APPROVAL_REQUIRED', { amount: threshold });
    // scrypt is slow on purpose: check the PIN before taking the write lock.
    approver = verifyApprover(core, input.approval, 'kas.record');
  }
  return inTransaction(core, () => {
    const again = entryById(core, input.id);
    if (again) return again;
    const shiftId = input.place === 'counter' ? openShiftId(core, input.shiftId) : null;
    const date = outletToday(core);
    const n = (core.db.prepare('SELECT COUNT(*) FROM cash_entries WHERE entry_date = ?').pluck().get(date) as number) + 1;
    const entryNo = `${settingOn(core, 'outlet.code', date)}-KK-${date.replace(/-/g, '')}-${String(n).padStart(4, '0')}`;
    core.db
      .prepare(
        `INSERT INTO cash_entries (id, entry_no, direction, place, shift_id, account_code, amount, note, entry_date, user_id, approved_by, photo_sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.id,
        entryNo,
        input.direction,
        input.place,
        shiftId,
        input.accountCode,
        input.amount,
        input.note,
        date,
        user.id,
        approver?.id ?? null,
        photo ? createHash('sha256').update(photo).digest('hex') : null,
        core.now().toISOString(),
      );
    if (photo) core.db.prepare('INSERT INTO cash_entry_photos (entry_id, mime, bytes) VALUES (?, ?, ?)').run(input.id, input.photo!.mime, photo);
    postEntry(core, {
      date,
      docType: 'cash_entry',
      docId: input.id,
      memo: `${input.direction === 'in' ? 'Kas masuk' : 'Kas keluar'} ${entryNo}: ${input.note}`,
      parts: cashEntryPosting({
        direction: input.direction,
        cashAccount: shiftId ? drawerOf(core, shiftId) : ACCOUNTS.kasKecil,
        category: input.accountCode,
        amount: input.amount,
      }),
      userId: user.id,
    });
    audit(core, {
      userId: user.id,
      action: input.direction === 'in' ? 'kas.in' : 'kas.out',
      entity: 'cash_entry',
      entityId: input.id,
      details: { entryNo, place: input.place, account: input.accountCode, amount: input.amount, approvedBy: approver?.username ?? null },
    });
    return entryById(core, input.id)!;
  });
}

export function listCashEntries(core: Core, from: string, to: string, shiftId?: string): CashEntryView[] {
  const rows = core.db
    .prepare(`${SELECT} WHERE c.entry_date BETWEEN ? AND ? AND (? IS NULL OR c.shift_id = ?) ORDER BY c.created_at, c.entry_no`)
    .all(from, to, shiftId ?? null, shiftId ?? null) as Row[];
  return rows.map(view);
}

/** A shift's buku kas for its Z report: what went in and out of its drawer. */
export function shiftCashEntries(core: Core, shiftId: string): { masuk: number; keluar: number; entries: CashEntryView[] } {
  const entries = (core.db.prepare(`${SELECT} WHERE c.shift_id = ? ORDER BY c.created_at, c.entry_no`).all(shiftId) as Row[]).map(view);
  const sum = (d: CashDirection) => entries.filter((e) => e.direction === d).reduce((s, e) => s + e.amount, 0);
  return { masuk: sum('in'), keluar: sum('out'), entries };
}

export function cashEntryPhoto(core: Core, id: string): { mime: NotaPhotoType; contentBase64: string } {
  const r = core.db.prepare('SELECT mime, bytes FROM cash_entry_photos WHERE entry_id = ?').get(id) as { mime: NotaPhotoType; bytes: Buffer } | undefined;
  if (!r) throw new AppError('KAS_PHOTO_NONE', {});
  return { mime: r.mime, contentBase64: r.bytes.toString('base64') };
}
