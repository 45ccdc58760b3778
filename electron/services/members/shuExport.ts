// Daftar SHU per anggota for the RAT: CSV (one row per member, whole rupiah, UTF-8 with BOM so
// Excel reads the names right), XLSX (members + the allocation table) and PDF (both, on A4).
import { loadExcelJs, loadPdfKit } from '../exports/heavyLibs';
import { formatRupiah } from '../../../shared/money';
import { FUND_LABELS } from '../../../shared/shu';
import type { ShuRunView } from '../../../shared/api/members';

export const SHU_CSV_COLUMNS = [
  'member_no',
  'name',
  'purchase_basis',
  'savings_basis',
  'jasa_usaha',
  'jasa_modal',
  'shu_total',
  'withheld',
  'net',
  'payout',
] as const;

function memberCells(m: ShuRunView['members'][number]): (string | number)[] {
  return [m.memberNo, m.name, m.purchaseBasis, m.savingsBasis, m.jasaUsaha, m.jasaModal, m.total, m.withheld, m.net, m.payout];
}

/** A text cell for CSV: quoted when needed, and a leading = + - @ neutralised so Excel never runs it as a formula. */
function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function shuCsv(run: ShuRunView): Buffer {
  const lines = [SHU_CSV_COLUMNS.join(','), ...run.members.map((m) => memberCells(m).map(csvCell).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The allocation table: where every rupiah of the surplus goes, in the order the RAT reads it. */
export function allocationRows(run: ShuRunView): { label: string; pct: string; amount: number }[] {
  const rows: { label: string; pct: string; amount: number }[] = [{ label: 'SHU tahun berjalan / SHU of the year', pct: '', amount: run.surplus }];
  if (run.inputs.villageSharePct !== null)
    rows.push({ label: 'Bagian kelurahan (di luar alokasi) / Village share', pct: run.inputs.villageSharePct, amount: run.villageShare });
  if (run.nonMemberShare > 0) rows.push({ label: 'SHU dari non-anggota ke cadangan / Non-member SHU to reserve', pct: '', amount: run.nonMemberShare });
  rows.push({ label: 'SHU yang dibagi / SHU allocated', pct: '100', amount: run.pool });
  for (const f of run.funds) rows.push({ label: `${FUND_LABELS[f.key].id} / ${FUND_LABELS[f.key].en}`, pct: f.pct, amount: f.amount });
  if (run.jasaUsahaUndistributed > 0)
    rows.push({
      label: 'Jasa usaha tidak terbagi (tidak ada pembelian anggota) ke cadangan / Undistributed patronage to reserve',
      pct: '',
      amount: run.jasaUsahaUndistributed,
    });
  if (run.jasaModalUndistributed > 0)
    rows.push({
      label: 'Jasa modal tidak terbagi (tidak ada simpanan) ke cadangan / Undistributed capital share to reserve',
      pct: '',
      amount: run.jasaModalUndistributed,
    });
  if (run.roundingToCadangan > 0)
    rows.push({
      label: `Pembulatan pembayaran (Rp${run.inputs.payoutRoundTo}) ke cadangan / Payout rounding to reserve`,
      pct: '',
      amount: run.roundingToCadangan,
    });
  rows.push({ label: 'Cadangan seluruhnya / Total reserve', pct: '', amount: run.cadanganTotal });
  if (run.totals.withheld > 0) rows.push({ label: `Pajak dipotong (${run.inputs.withholdingPct} %) / Tax withheld`, pct: '', amount: run.totals.withheld });
  rows.push({ label: 'Dibayarkan ke anggota / Paid to members', pct: '', amount: run.totals.payout });
  return rows;
}

const HEADERS_ID = ['No. anggota', 'Nama', 'Pembelian', 'Simpanan', 'Jasa usaha', 'Jasa modal', 'SHU', 'Pajak', 'Neto', 'Dibayar'];

function statusText(run: ShuRunView): string {
  return run.status === 'approved' ? `DISETUJUI / APPROVED ${run.approvedAt?.slice(0, 10) ?? ''}` : 'DRAF — belum disetujui / DRAFT — not approved';
}

export async function shuXlsx(run: ShuRunView, outletName: string): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Kasir KKMP';
  const ws = wb.addWorksheet('Daftar SHU');
  ws.addRow([`Daftar SHU per anggota tahun ${run.year} — ${outletName}`]).font = { bold: true, size: 13 };
  ws.addRow([statusText(run)]);
  ws.addRow([]);
  const header = ws.addRow([...SHU_CSV_COLUMNS]);
  header.font = { bold: true };
  ws.addRow(HEADERS_ID).font = { italic: true };
  for (const m of run.members) ws.addRow(memberCells(m));
  const t = run.totals;
  ws.addRow(['TOTAL', '', t.purchaseBasis, t.savingsBasis, t.jasaUsaha, t.jasaModal, t.total, t.withheld, t.net, t.payout]).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 32 : 16;
    if (i >= 2) c.numFmt = '#,##0';
  });
  ws.getColumn(1).numFmt = '@';

  const alloc = wb.addWorksheet('Alokasi');
  alloc.addRow([`Alokasi SHU tahun ${run.year}`]).font = { bold: true, size: 13 };
  alloc.addRow(['pos', 'persen', 'rupiah']).font = { bold: true };
  for (const r of allocationRows(run)) alloc.addRow([r.label, r.pct, r.amount]);
  alloc.getColumn(1).width = 70;
  alloc.getColumn(2).width = 10;
  alloc.getColumn(3).width = 20;
  alloc.getColumn(3).numFmt = '#,##0';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const rp = (n: number) => formatRupiah(n);

export async function shuPdf(run: ShuRunView, outletName: string): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: `Daftar SHU ${run.year}`, Author: outletName } });
  const left = 36;
  const right = doc.page.width - 36;
  doc.font('Helvetica-Bold').fontSize(15).text(`Daftar SHU per Anggota — Tahun Buku ${run.year}`, left, 36);
  doc.font('Helvetica').fontSize(10).text(outletName).text(statusText(run)).moveDown(0.6);

  doc.font('Helvetica-Bold').fontSize(11).text('Alokasi SHU / SHU allocation').moveDown(0.2);
  doc.fontSize(9);
  for (const r of allocationRows(run)) {
    const y = doc.y;
    doc.font('Helvetica').text(r.label, left, y, { width: 420 });
    doc.text(r.pct ? `${r.pct} %` : '', left + 430, y, { width: 50, align: 'right' });
    doc.text(rp(r.amount), left + 490, y, { width: 110, align: 'right' });
    doc.y = y + 13;
  }
  doc.moveDown(0.8);

  // Member table, repeated header on each page.
  const widths = [62, 170, 72, 72, 66, 66, 66, 56, 66, 66];
  const aligns: ('left' | 'right')[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - 60) {
      doc.addPage();
      row(HEADERS_ID, true);
    }
    const y = doc.y;
    let x = left;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: widths[i]! - 4, align: aligns[i]!, lineBreak: false, ellipsis: true });
      x += widths[i]!;
    });
    doc.y = y + 12;
  };
  row(HEADERS_ID, true);
  doc
    .moveTo(left, doc.y - 2)
    .lineTo(right, doc.y - 2)
    .stroke();
  for (const m of run.members)
    row([m.memberNo, m.name, rp(m.purchaseBasis), rp(m.savingsBasis), rp(m.jasaUsaha), rp(m.jasaModal), rp(m.total), rp(m.withheld), rp(m.net), rp(m.payout)]);
  const t = run.totals;
  doc
    .moveTo(left, doc.y + 1)
    .lineTo(right, doc.y + 1)
    .stroke();
  doc.y += 4;
  row(
    [
      'TOTAL',
      `${run.members.length} anggota`,
      rp(t.purchaseBasis),
      rp(t.savingsBasis),
      rp(t.jasaUsaha),
      rp(t.jasaModal),
      rp(t.total),
      rp(t.withheld),
      rp(t.net),
      rp(t.payout),
    ],
    true,
  );
  return pdfBuffer(doc);
}
