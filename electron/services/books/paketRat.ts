// The paket RAT: what the pengurus hand to the members' annual meeting, in one PDF: the year's
// statements (neraca, laba rugi, arus kas, perubahan ekuitas) with the year before beside, the
// daftar SHU of the year's approved run (or its latest draft, marked so), and the simpanan summary
// per member at year end.
import type { ShuRunView } from '../../../shared/api/members';
import type { Core } from '../core';
import { getRun } from '../members/shuRuns';
import { settingOn } from '../settings/settings';
import { statementTable, tablesPdf, type Table } from './booksExport';
import { statement } from './statements';

function shuTable(core: Core, year: number, outletName: string): Table {
  const pick = core.db
    .prepare("SELECT id, status FROM shu_runs WHERE year = ? ORDER BY status = 'approved' DESC, created_at DESC, id DESC LIMIT 1")
    .get(year) as { id: string; status: 'draft' | 'approved' } | undefined;
  const headers = ['No. anggota', 'Nama', 'Jasa usaha', 'Jasa modal', 'Jumlah', 'PPh', 'Dibayar'];
  if (!pick) return { title: `Daftar SHU ${year}`, subtitle: `${outletName} · belum ada perhitungan SHU untuk tahun ini`, headers, rows: [] };
  const run: ShuRunView = getRun(core, pick.id);
  return {
    title: `Daftar SHU ${year}`,
    subtitle: `${outletName} · SHU dibagi ${new Intl.NumberFormat('id-ID').format(run.surplus)} · ${pick.status === 'approved' ? 'disahkan' : 'DRAF, belum disahkan'}`,
    headers,
    rows: [
      ...run.members.map((m) => ({ cells: [m.memberNo, m.name, m.jasaUsaha, m.jasaModal, m.total, m.withheld, m.payout], bold: false })),
      {
        cells: ['', 'Jumlah', run.totals.jasaUsaha, run.totals.jasaModal, run.totals.total, run.totals.withheld, run.totals.payout],
        bold: true,
      },
    ],
  };
}

function simpananTable(core: Core, to: string, outletName: string): Table {
  const rows = core.db
    .prepare(
      `SELECT m.member_no, m.name,
         COALESCE(SUM(CASE WHEN e.kind = 'pokok' THEN e.amount END), 0) AS pokok,
         COALESCE(SUM(CASE WHEN e.kind = 'wajib' THEN e.amount END), 0) AS wajib,
         COALESCE(SUM(CASE WHEN e.kind = 'sukarela' THEN e.amount END), 0) AS sukarela
       FROM members m JOIN simpanan_entries e ON e.member_id = m.id AND e.entry_date <= ?
       GROUP BY m.id ORDER BY m.member_no`,
    )
    .all(to) as { member_no: string; name: string; pokok: number; wajib: number; sukarela: number }[];
  const total = (k: 'pokok' | 'wajib' | 'sukarela') => rows.reduce((s, r) => s + r[k], 0);
  return {
    title: 'Ringkasan Simpanan Anggota',
    subtitle: `${outletName} · saldo per ${to}`,
    headers: ['No. anggota', 'Nama', 'Pokok', 'Wajib', 'Sukarela', 'Jumlah'],
    rows: [
      ...rows.map((r) => ({ cells: [r.member_no, r.name, r.pokok, r.wajib, r.sukarela, r.pokok + r.wajib + r.sukarela], bold: false })),
      { cells: ['', 'Jumlah', total('pokok'), total('wajib'), total('sukarela'), total('pokok') + total('wajib') + total('sukarela')], bold: true },
    ],
  };
}

export function paketRatPdf(core: Core, year: number): Promise<Buffer> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const outletName = settingOn(core, 'outlet.name', to);
  const statements = (['neraca', 'laba-rugi', 'arus-kas', 'ekuitas'] as const).map((kind) => statementTable(statement(core, kind, from, to)));
  const contents: Table = {
    title: `Paket RAT Tahun Buku ${year}`,
    subtitle: `${outletName} · disusun dari pembukuan gerai (SAK EP)`,
    headers: ['No.', 'Isi'],
    rows: [...statements.map((s) => s.title), `Daftar SHU ${year}`, 'Ringkasan Simpanan Anggota'].map((title, i) => ({
      cells: [String(i + 1), title],
      bold: false,
    })),
  };
  return tablesPdf([contents, ...statements, shuTable(core, year, outletName), simpananTable(core, to, outletName)]);
}
