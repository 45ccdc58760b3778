// Imports the member lists the pengurus already keep (CSV or XLSX). Every row is validated first
// and reported by its row number; nothing is written when a row is bad, unless the caller asks
// for the valid rows only. All rows go in one transaction.
import { sheetRows, type SheetCell as Cell } from '../imports/sheetRows';
import { AppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorMessages';
import type { ImportReport, ImportRowProblem, MemberFields } from '../../../shared/api/members';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { insertMember, validateMember, type CleanMember } from './members';
import { lookupHash } from '../privacy/personalData';
import { deposit } from './simpanan';

/** Header names the lists use (Indonesian or English), normalised to lower case without spaces. */
const ALIASES: Record<keyof MemberFields, string[]> = {
  memberNo: ['member_no', 'no_anggota', 'nomor_anggota', 'noanggota'],
  name: ['name', 'nama', 'nama_anggota'],
  nik: ['nik'],
  kkNo: ['kk', 'kk_no', 'no_kk', 'nomor_kk'],
  address: ['address', 'alamat'],
  rt: ['rt'],
  rw: ['rw'],
  kelurahan: ['kelurahan'],
  phone: ['phone', 'telepon', 'no_hp', 'hp', 'telp'],
  joinDate: ['join_date', 'tanggal_masuk', 'tgl_masuk', 'tanggal_daftar'],
  cardCode: ['card_code', 'kode_kartu'],
};
const REQUIRED: (keyof MemberFields)[] = ['name', 'joinDate'];

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s.]+/g, '_');

/** Dates as people write them: 2026-01-15, 15/01/2026, 15-01-2026; Excel dates as cells. */
function dateText(v: Cell): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v ?? '').trim();
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s;
}

export async function importMembers(
  core: Core,
  format: 'csv' | 'xlsx',
  content: Buffer,
  options: { validRowsOnly?: boolean; payPokok?: boolean },
  userId: string | null,
): Promise<ImportReport> {
  const table = await sheetRows(format, content);
  const header = (table[0] ?? []).map((h) => norm(String(h ?? '')));
  const colOf = {} as Record<keyof MemberFields, number>;
  for (const [field, names] of Object.entries(ALIASES) as [keyof MemberFields, string[]][]) colOf[field] = header.findIndex((h) => names.includes(h));
  for (const f of REQUIRED) if (colOf[f] < 0) throw new AppError('IMPORT_HEADER_MISSING', { column: ALIASES[f][0]! });

  const problems: ImportRowProblem[] = [];
  const good: CleanMember[] = [];
  const taken = new Set<string>();
  let rows = 0;
  for (let i = 1; i < table.length; i++) {
    const raw = table[i]!;
    if (raw.every((c) => c === null || String(c).trim() === '')) continue;
    rows++;
    const cell = (f: keyof MemberFields): Cell => (colOf[f] >= 0 ? (raw[colOf[f]] ?? null) : null);
    const text = (f: keyof MemberFields) => (cell(f) === null ? null : String(cell(f)));
    const rowNo = i + 1;
    const rowProblems: ImportRowProblem[] = [];
    // A 16-digit NIK typed into a number cell has already lost its last digits (beyond 2^53).
    if (typeof cell('nik') === 'number' || typeof cell('kkNo') === 'number') {
      const field = typeof cell('nik') === 'number' ? 'nik' : 'kkNo';
      rowProblems.push({ row: rowNo, field, code: 'IMPORT_NUMBER_NOT_TEXT', message: errorText('IMPORT_NUMBER_NOT_TEXT', { field }, 'id') });
    }
    const fields: MemberFields = {
      memberNo: text('memberNo') ?? undefined,
      name: text('name') ?? '',
      nik: typeof cell('nik') === 'number' ? null : text('nik'),
      kkNo: typeof cell('kkNo') === 'number' ? null : text('kkNo'),
      address: text('address'),
      rt: text('rt'),
      rw: text('rw'),
      kelurahan: text('kelurahan'),
      phone: text('phone'),
      joinDate: dateText(cell('joinDate')),
      cardCode: text('cardCode'),
    };
    const { clean, problems: found } = validateMember(core, fields, null, taken);
    for (const p of found) rowProblems.push({ row: rowNo, field: p.field, code: p.code, message: errorText(p.code, p.params, 'id') });
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (clean.memberNo) taken.add(`no:${clean.memberNo}`);
    if (clean.nik) taken.add(`nik:${lookupHash(core.keys, clean.nik)}`);
    if (clean.cardCode) taken.add(`card:${clean.cardCode}`);
    good.push(clean);
  }
  const report: ImportReport = { rows, valid: good.length, imported: 0, problems };
  if (problems.length > 0 && !options.validRowsOnly) return report;
  inTransaction(core, () => {
    // Rows with their own member number first, so an automatic number never takes one of theirs.
    const ordered = [...good.filter((g) => g.memberNo !== null), ...good.filter((g) => g.memberNo === null)];
    for (const clean of ordered) {
      const id = insertMember(core, clean, userId);
      if (options.payPokok) deposit(core, { memberId: id, kind: 'pokok', method: 'cash', note: 'impor' }, userId);
    }
  });
  report.imported = good.length;
  return report;
}
