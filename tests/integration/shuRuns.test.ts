import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { PNG } from 'pngjs';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { MemberView, ShuRunView, ShuSlipData, SimpananBalances } from '../../shared/api/members';
import { noShiftNeeded, sell, stockedProduct } from '../support/members';
import { documentText, type PrintDocument } from '../../shared/receipt/document';
import { verifyAuditChain } from '../../electron/services/auth/audit';

let h: TempHost;
let office: Caller;
let kasir: Caller;
let members: MemberView[];

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-02-10T02:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  addUser(h, 'susi', 'supervisor', '3333');
  noShiftNeeded(h.core);
  office = await h.as('budi', '222222');
  kasir = await h.as('sari', '1111');
  members = [];
  for (const name of ['Siti Aminah', 'Rahmat, S.Pd', 'Yohanes "Anis"'])
    members.push(await office<MemberView>('members.create', { name, joinDate: '2026-01-02', payPokok: true }));
  const beras = stockedProduct(h.core, 'BERAS', 65_500);
  await sell(kasir, beras, 3, 65_500, members[0]!.id);
  await sell(kasir, beras, 1, 65_500, members[1]!.id);
});
afterEach(() => h.dispose());

const fileOf = async (runId: string, format: 'csv' | 'xlsx' | 'pdf') => {
  const f = await office<{ fileName: string; contentBase64: string }>('shu.export', { runId, format });
  return { name: f.fileName, content: Buffer.from(f.contentBase64, 'base64') };
};

describe('SHU runs', () => {
  it('compute → review → approve freezes the run (audited); a frozen run cannot change', async () => {
    const run = await office<ShuRunView>('shu.createRun', { year: 2026, surplus: 1_000_000 });
    expect(run.status).toBe('draft');
    expect(run.members.map((m) => [m.memberNo, m.purchaseBasis, m.jasaUsaha, m.jasaModal])).toEqual([
      ['00001', 196_500, 187_500, 66_667],
      ['00002', 65_500, 62_500, 66_667],
      ['00003', 0, 0, 66_666],
    ]);
    expect((await errorOf(kasir('shu.createRun', { year: 2026, surplus: 1 }))).code).toBe('ROLE_FORBIDDEN');
    const supervisor = await h.as('susi', '3333');
    expect((await errorOf(supervisor('shu.approveRun', { runId: run.id }))).code).toBe('ROLE_FORBIDDEN');
    expect((await errorOf(office('shu.recordPayout', { runId: run.id, memberId: members[0]!.id, method: 'cash' }))).code).toBe('SHU_RUN_NOT_APPROVED');

    const approved = await office<ShuRunView>('shu.approveRun', { runId: run.id });
    expect(approved.status).toBe('approved');
    expect(approved.members).toEqual(run.members);
    expect(await errorOf(office('shu.approveRun', { runId: run.id }))).toEqual({ code: 'SHU_RUN_FROZEN', params: { year: 2026 } });
    const other = await office<ShuRunView>('shu.createRun', { year: 2026, surplus: 2_000_000 });
    expect(await errorOf(office('shu.approveRun', { runId: other.id }))).toEqual({ code: 'SHU_YEAR_APPROVED', params: { year: 2026 } });
    expect(() => h.core.db.prepare('UPDATE shu_run_members SET jasa_usaha = 1 WHERE run_id = ?').run(run.id)).toThrow(/frozen/);
    expect(() => h.core.db.prepare('UPDATE shu_runs SET surplus = 1 WHERE id = ?').run(run.id)).toThrow(/frozen/);
    const audited = h.core.db.prepare("SELECT action FROM audit_log WHERE entity = 'shu_run' ORDER BY id").all() as { action: string }[];
    expect(audited.map((a) => a.action)).toEqual(['shu.run.create', 'shu.run.approve', 'shu.run.create']);
    expect(verifyAuditChain(h.core.db)).toEqual([]);
  });

  it('records payouts once: cash, or credited to simpanan sukarela with its receipt', async () => {
    const run = await office<ShuRunView>('shu.createRun', { year: 2026, surplus: 1_000_000 });
    await office('shu.approveRun', { runId: run.id });
    const credit = await office<{ amount: number; receiptNo: string }>('shu.recordPayout', { runId: run.id, memberId: members[0]!.id, method: 'simpanan' });
    expect(credit.amount).toBe(254_167);
    expect(credit.receiptNo).toMatch(/^GI-SP-20260210-\d{4}$/);
    const bal = await office<{ balances: SimpananBalances }>('simpanan.summary', { memberId: members[0]!.id });
    expect(bal.balances.sukarela).toBe(254_167);
    await office('shu.recordPayout', { runId: run.id, memberId: members[1]!.id, method: 'cash' });
    expect(await errorOf(office('shu.recordPayout', { runId: run.id, memberId: members[1]!.id, method: 'cash' }))).toEqual({
      code: 'SHU_ALREADY_PAID',
      params: { memberNo: '00002' },
    });
    const slip = await office<ShuSlipData>('shu.slip', { runId: run.id, memberId: members[1]!.id });
    expect(slip).toMatchObject({
      year: 2026,
      memberNo: '00002',
      jasaUsaha: 62_500,
      jasaModal: 66_667,
      payout: 129_167,
      paid: { method: 'cash', amount: 129_167 },
    });
    const paper = await office<PrintDocument>('shu.slipDocument', { runId: run.id, memberId: members[1]!.id, width: 58 });
    const text = documentText(paper).join('\n');
    expect(text).toContain('SLIP SHU TAHUN BUKU 2026');
    expect(text).toMatch(/TOTAL SHU\s+Rp129\.167/);
    expect(text).toContain('Dibayar tunai 2026-02-10');
    const card = await kasir<PrintDocument>('members.cardDocument', { memberId: members[0]!.id, width: 80 });
    expect(card.blocks).toContainEqual({ kind: 'barcode', symbology: 'code128', data: 'AGT-GI-00001' });
    expect(documentText(card).join('\n')).toContain('Siti Aminah');
  });

  it('exports the daftar SHU: CSV and XLSX read back with independent readers, the PDF renders to a non-empty page', async () => {
    const run = await office<ShuRunView>('shu.createRun', { year: 2026, surplus: 1_000_000 });
    const csv = await fileOf(run.id, 'csv');
    expect(csv.name).toBe('daftar-shu-2026-draf.csv');
    // Savings basis: the average of 12 month-ends; pokok paid in February → 11/12 of Rp50.000.
    const rows = parse(csv.content, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.member_no, r.name, r.purchase_basis, r.savings_basis, r.jasa_usaha, r.jasa_modal, r.shu_total])).toEqual([
      ['00001', 'Siti Aminah', '196500', '45833', '187500', '66667', '254167'],
      ['00002', 'Rahmat, S.Pd', '65500', '45833', '62500', '66667', '129167'],
      ['00003', 'Yohanes "Anis"', '0', '45833', '0', '66666', '66666'],
    ]);

    const xlsx = await fileOf(run.id, 'xlsx');
    const sheets = await readXlsxFile(xlsx.content);
    const daftar = sheets.find((s) => s.sheet === 'Daftar SHU')!.data;
    const header = daftar.findIndex((r) => r[0] === 'member_no');
    expect(daftar[header]).toEqual([
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
    ]);
    expect(daftar[header + 2]!.slice(0, 7)).toEqual(['00001', 'Siti Aminah', 196_500, 45_833, 187_500, 66_667, 254_167]);
    expect(daftar.at(-1)!.slice(0, 7)).toEqual(['TOTAL', null, 262_000, 137_499, 250_000, 200_000, 450_000]);
    const alokasi = sheets.find((s) => s.sheet === 'Alokasi')!.data;
    expect(alokasi.find((r) => String(r[0]).startsWith('Cadangan /'))).toEqual(['Cadangan / Reserve', '30', 300_000]);

    const pdf = await fileOf(run.id, 'pdf');
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfFile = join(h.dir, 'shu.pdf');
    writeFileSync(pdfFile, pdf.content);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfFile, join(h.dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(h.dir, 'page-1.png')));
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) dark++;
    expect(png.width).toBeGreaterThan(png.height); // A4 landscape
    expect(dark).toBeGreaterThan(1000);
  });
});
