// The SAK EP statements of a koperasi gerai, built from the journal for any period with the
// previous period beside (docs/books.md names the structure and its sources).
import { addDays, previousPeriod } from '../../../shared/books/dates';
import type { Statement, StatementKind, StatementRow } from '../../../shared/api/books';
import { AppError } from '../../../shared/errors';
import { Dec } from '../../../shared/money';
import type { Core } from '../core';
import { settingOn } from '../settings/settings';
import { BEGINNING, balances, type Balance } from './ledger';

const sum = (xs: number[]) => xs.reduce((s, x) => s.add(x), new Dec(0)).toNumber();
const line = (b: Balance, values: (number | string | null)[]): StatementRow => ({ code: b.code, label: b.name, values, style: 'line' });
const section = (label: string): StatementRow => ({ code: '', label, values: [], style: 'section' });
const totalRow = (label: string, values: number[]): StatementRow => ({ code: '', label, values, style: 'total' });
const fmtDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Revenue minus expense of a range: the SHU before its closing entry. */
function surplus(bs: Balance[]): number {
  return sum(bs.filter((b) => b.kind === 'revenue').map((b) => b.balance)) - sum(bs.filter((b) => b.kind === 'expense').map((b) => b.balance));
}

function neraca(core: Core, from: string, to: string): Pick<Statement, 'columns' | 'rows' | 'balanced' | 'period'> {
  const dates = [to, addDays(from, -1)];
  const cols = dates.map((d) => balances(core, BEGINNING, d));
  const rows: StatementRow[] = [];
  const part = (kind: Balance['kind'], title: string) => {
    rows.push(section(title));
    cols[0]!.forEach((b, i) => {
      if (b.kind !== kind) return;
      const vals = cols.map((c) => c[i]!.balance * (b.normal === (kind === 'asset' ? 'debit' : 'credit') ? 1 : -1));
      if (vals.some((v) => v !== 0)) rows.push(line(b, vals));
    });
    return cols.map((c) => sum(c.filter((b) => b.kind === kind).map((b) => (b.normal === (kind === 'asset' ? 'debit' : 'credit') ? b.balance : -b.balance))));
  };
  const assets = part('asset', 'ASET');
  rows.push(totalRow('Jumlah aset', assets));
  const liabilities = part('liability', 'KEWAJIBAN');
  rows.push(totalRow('Jumlah kewajiban', liabilities));
  const equity = part('equity', 'EKUITAS');
  const open = cols.map(surplus);
  rows.push({ code: '', label: 'SHU periode berjalan (belum ditutup)', values: open, style: 'line' });
  const equityTotal = equity.map((e, i) => e + open[i]!);
  rows.push(totalRow('Jumlah ekuitas', equityTotal));
  const right = liabilities.map((l, i) => l + equityTotal[i]!);
  rows.push(totalRow('Jumlah kewajiban dan ekuitas', right));
  return { columns: dates.map((d) => `Per ${fmtDate(d)}`), rows, balanced: assets.every((a, i) => a === right[i]), period: `Per ${fmtDate(to)}` };
}

function labaRugi(core: Core, from: string, to: string): Pick<Statement, 'columns' | 'rows' | 'balanced' | 'period'> {
  const prev = previousPeriod(from, to);
  const ranges = [{ from, to }, prev];
  const cols = ranges.map((r) => balances(core, r.from, r.to, true));
  const rows: StatementRow[] = [];
  const group = (title: string, test: (b: Balance) => boolean) => {
    rows.push(section(title));
    cols[0]!.forEach((b, i) => {
      if (!test(b)) return;
      const vals = cols.map((c) => c[i]!.balance);
      if (vals.some((v) => v !== 0)) rows.push(line(b, vals));
    });
    return cols.map((c) => sum(c.filter(test).map((b) => b.balance)));
  };
  const sales = group('PENDAPATAN USAHA', (b) => b.kind === 'revenue' && b.code.startsWith('41'));
  rows.push(totalRow('Jumlah pendapatan usaha', sales));
  const hpp = group('HARGA POKOK PENJUALAN', (b) => b.code.startsWith('5'));
  const gross = sales.map((s, i) => s - hpp[i]!);
  rows.push(totalRow('Laba kotor (hasil usaha bruto)', gross));
  const other = group('PENDAPATAN LAIN', (b) => b.kind === 'revenue' && !b.code.startsWith('41'));
  const costs = group('BEBAN USAHA DAN PERKOPERASIAN', (b) => b.kind === 'expense' && b.code.startsWith('6') && !b.code.startsWith('69'));
  const before = gross.map((g, i) => g + other[i]! - costs[i]!);
  rows.push(totalRow('SHU sebelum pajak', before));
  const tax = group('PAJAK', (b) => b.code.startsWith('69'));
  const shu = before.map((x, i) => x - tax[i]!);
  rows.push(totalRow('SHU tahun berjalan', shu));
  return {
    columns: ranges.map((r) => `${fmtDate(r.from)} – ${fmtDate(r.to)}`),
    rows,
    balanced: shu.every((s, i) => s === surplus(cols[i]!)),
    period: `${fmtDate(from)} – ${fmtDate(to)}`,
  };
}

/** Arus kas (direct): each entry's net change in kas and bank, classed by its other accounts. */
function arusKas(core: Core, from: string, to: string): Pick<Statement, 'columns' | 'rows' | 'balanced' | 'period'> {
  const prev = previousPeriod(from, to);
  const ranges = [{ from, to }, prev];
  const classes = ['operasi', 'investasi', 'pendanaan'] as const;
  const byRange = ranges.map((r) => {
    const entries = core.db
      .prepare(
        `SELECT e.id,
           SUM(CASE WHEN a.cash = 1 THEN l.debit - l.credit ELSE 0 END) AS cash,
           (SELECT a2.cash_flow FROM journal_lines l2 JOIN accounts a2 ON a2.code = l2.account_code WHERE l2.entry_id = e.id AND a2.cash = 0 ORDER BY l2.debit + l2.credit DESC LIMIT 1) AS flow
         FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.code = l.account_code
         WHERE e.entry_date BETWEEN ? AND ? GROUP BY e.id`,
      )
      .all(r.from, r.to) as { id: number; cash: number; flow: (typeof classes)[number] | null }[];
    const totals = { operasi: 0, investasi: 0, pendanaan: 0 };
    for (const e of entries) if (e.cash !== 0) totals[e.flow ?? 'operasi'] += e.cash;
    const kas = (d: string) =>
      sum(
        balances(core, BEGINNING, d)
          .filter((b) => b.cash)
          .map((b) => b.debit - b.credit),
      );
    return { totals, opening: kas(addDays(r.from, -1)), closing: kas(r.to) };
  });
  const names = { operasi: 'Arus kas dari aktivitas operasi', investasi: 'Arus kas dari aktivitas investasi', pendanaan: 'Arus kas dari aktivitas pendanaan' };
  const rows: StatementRow[] = classes.map((c) => ({ code: '', label: names[c], values: byRange.map((x) => x.totals[c]), style: 'line' }));
  const net = byRange.map((x) => sum(Object.values(x.totals)));
  rows.push(totalRow('Kenaikan (penurunan) kas bersih', net));
  rows.push({ code: '', label: 'Kas dan bank awal periode', values: byRange.map((x) => x.opening), style: 'line' });
  rows.push(
    totalRow(
      'Kas dan bank akhir periode',
      byRange.map((x) => x.closing),
    ),
  );
  return {
    columns: ranges.map((r) => `${fmtDate(r.from)} – ${fmtDate(r.to)}`),
    rows,
    balanced: byRange.every((x, i) => x.opening + net[i]! === x.closing),
    period: `${fmtDate(from)} – ${fmtDate(to)}`,
  };
}

function ekuitas(core: Core, from: string, to: string): Pick<Statement, 'columns' | 'rows' | 'balanced' | 'period'> {
  const opening = balances(core, BEGINNING, addDays(from, -1));
  const moves = balances(core, from, to, true);
  const closing = balances(core, BEGINNING, to);
  const rows: StatementRow[] = [];
  opening.forEach((b, i) => {
    if (b.kind !== 'equity') return;
    const add = moves[i]!.credit;
    const less = moves[i]!.debit;
    if (b.balance === 0 && add === 0 && less === 0 && closing[i]!.balance === 0) return;
    rows.push(line(b, [b.balance, add, less, closing[i]!.balance]));
  });
  const open = [surplus(opening), 0, 0, surplus(closing)];
  open[1] = surplus(moves);
  rows.push({
    code: '',
    label: 'SHU periode berjalan (belum ditutup)',
    values: [open[0]!, Math.max(open[1]!, 0), Math.max(-open[1]!, 0), open[3]!],
    style: 'line',
  });
  const col = (k: number) => sum(rows.map((r) => r.values[k] as number));
  rows.push(totalRow('Jumlah ekuitas', [col(0), col(1), col(2), col(3)]));
  const t = rows[rows.length - 1]!.values as number[];
  return {
    columns: ['Saldo awal', 'Penambahan', 'Pengurangan', 'Saldo akhir'],
    rows,
    balanced: t[0]! + t[1]! - t[2]! === t[3]!,
    period: `${fmtDate(from)} – ${fmtDate(to)}`,
  };
}

function bukuBesar(core: Core, from: string, to: string): Pick<Statement, 'columns' | 'rows' | 'balanced' | 'period'> {
  const opening = balances(core, BEGINNING, addDays(from, -1));
  const lines = core.db
    .prepare(
      `SELECT l.account_code AS code, e.entry_date AS date, e.doc_type || ' ' || e.doc_id AS doc, e.memo, l.debit, l.credit
       FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE e.entry_date BETWEEN ? AND ? ORDER BY l.account_code, e.entry_date, e.id`,
    )
    .all(from, to) as { code: string; date: string; doc: string; memo: string; debit: number; credit: number }[];
  const closing = balances(core, BEGINNING, to);
  const rows: StatementRow[] = [];
  let ok = true;
  opening.forEach((b, i) => {
    const own = lines.filter((l) => l.code === b.code);
    if (own.length === 0 && b.balance === 0) return;
    const sign = b.normal === 'debit' ? 1 : -1;
    let running = b.balance;
    rows.push({ code: b.code, label: b.name, values: ['', 'Saldo awal', '', null, null, running], style: 'section' });
    for (const l of own) {
      running += sign * (l.debit - l.credit);
      rows.push({ code: b.code, label: l.memo, values: [fmtDate(l.date), l.doc, '', l.debit, l.credit, running], style: 'line' });
    }
    ok &&= closing[i]!.balance === running;
    rows.push({
      code: b.code,
      label: `Saldo akhir ${b.name}`,
      values: ['', '', '', sum(own.map((l) => l.debit)), sum(own.map((l) => l.credit)), running],
      style: 'total',
    });
  });
  return { columns: ['Tanggal', 'Dokumen', '', 'Debit', 'Kredit', 'Saldo'], rows, balanced: ok, period: `${fmtDate(from)} – ${fmtDate(to)}` };
}

const TITLES: Record<StatementKind, string> = {
  neraca: 'Laporan Posisi Keuangan (Neraca)',
  'laba-rugi': 'Laporan Laba Rugi / Perhitungan Hasil Usaha',
  'arus-kas': 'Laporan Arus Kas',
  ekuitas: 'Laporan Perubahan Ekuitas',
  'buku-besar': 'Buku Besar',
};

export function statement(core: Core, kind: StatementKind, from: string, to: string): Statement {
  if (from > to) throw new AppError('BOOKS_RANGE_INVALID', { from, to });
  const build = { neraca, 'laba-rugi': labaRugi, 'arus-kas': arusKas, ekuitas, 'buku-besar': bukuBesar }[kind];
  return { kind, title: TITLES[kind], outletName: settingOn(core, 'outlet.name', to), ...build(core, from, to) };
}
