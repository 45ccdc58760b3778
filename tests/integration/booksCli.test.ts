// kkmp books on a real database a year of operations wrote: the neraca saldo CSV balances, the
// neraca PDF renders (pdftoppm), the laba rugi XLSX reads back with an independent reader
// (read-excel-file), the year-end close records the SHU and `kkmp shu --from-books` divides it, and
// the paket RAT PDF carries the statements, the approved daftar SHU and the simpanan summary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHost } from '../../electron/host/host';
import { createUser } from '../../electron/services/auth/auth';
import { createProduct } from '../../electron/services/catalog/catalog';
import { countDelivery, createDelivery, postDelivery } from '../../electron/services/deliveries/deliveries';
import { createMember } from '../../electron/services/members/members';
import { deposit } from '../../electron/services/members/simpanan';
import { commitSale } from '../../electron/services/sales/sales';
import { putSetting } from '../../electron/services/settings/settings';
import { uuidv7 } from '../../shared/ids';
import { approveRun, createRun } from '../../electron/services/members/shuRuns';
import { kkmp } from '../support/cli';

let dir: string;
let dbFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kkmp-books-cli-'));
  dbFile = join(dir, 'outlet.sqlite');
  const clock = { now: new Date('2025-03-03T02:00:00Z') };
  const host = openHost({ dbFile, create: true, now: () => clock.now });
  const core = host.core;
  putSetting(core, 'sales.require_open_shift', '2000-01-01', false, null);
  const manajer = createUser(core, { username: 'hendra', displayName: 'Hendra', role: 'manajer', pin: '444444' }, null);
  const kasir = createUser(core, { username: 'sari', displayName: 'Sari', role: 'kasir', pin: '1111' }, null);
  const member = createMember(core, { memberNo: '0001', name: 'Ani', joinDate: '2025-01-02' }, null);
  deposit(core, { memberId: member.id, kind: 'pokok', method: 'cash' }, null);
  const gula = createProduct(core, { sku: 'GULA1', name: 'Gula 1 kg', unit: 'pcs', soldBy: 'piece', price: { amount: 17_000, validFrom: '2025-01-01' } }, null);
  const d = createDelivery(
    core,
    { source: 'OTHER', supplier: 'Grosir', docNo: 'SJ-1', deliveryDate: '2025-03-03', lines: [{ productId: gula, expectedMilli: 100_000, unitCost: 15_000 }] },
    manajer.id,
  );
  countDelivery(core, { deliveryId: d.id, lines: [{ lineNo: 1, countedMilli: 100_000 }] }, manajer.id);
  postDelivery(core, d.id, manajer.id);
  clock.now = new Date('2025-07-01T02:00:00Z');
  // 30 to the member (Rp510.000), 10 to others (Rp170.000); HPP 40 × 15.000 = 600.000; SHU 80.000.
  commitSale(core, kasir, {
    id: uuidv7(),
    memberId: member.id,
    lines: [{ productId: gula, qtyMilli: 30_000 }],
    payments: [{ method: 'cash', amount: 510_000 }],
  });
  commitSale(core, kasir, { id: uuidv7(), lines: [{ productId: gula, qtyMilli: 10_000 }], payments: [{ method: 'qris', amount: 170_000, reference: 'QR-9' }] });
  host.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kkmp books (CLI through the router, real SQLite)', () => {
  it('trial-balance CSV: account_code, account_name, debit, credit, both sides equal', async () => {
    const out = join(dir, 'tb.csv');
    const r = await kkmp('books', 'trial-balance', '--db', dbFile, '--to', '2025-12-31', '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['account_code', 'account_name', 'debit', 'credit']);
    const accounts = rows.filter((x) => x.account_code !== '');
    const sum = (k: string) => accounts.reduce((s, x) => s + Number(x[k]), 0);
    expect(sum('debit')).toBe(sum('credit'));
    expect(accounts.find((x) => x.account_code === '4101')).toMatchObject({ account_name: 'Pendapatan penjualan anggota', credit: '510000' });
    expect(accounts.find((x) => x.account_code === '1131')).toMatchObject({ debit: String(60 * 15_000) });
  });

  it('report: neraca as a PDF that renders, laba rugi as an XLSX an independent reader reads', async () => {
    const pdf = join(dir, 'neraca.pdf');
    expect(
      (await kkmp('books', 'report', '--db', dbFile, '--kind', 'neraca', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'pdf', '--out', pdf)).code,
    ).toBe(0);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dir, 'neraca')]);
    const png = join(dir, 'neraca-1.png');
    expect(existsSync(png) && statSync(png).size > 2000).toBe(true);

    const xlsx = join(dir, 'lr.xlsx');
    expect(
      (await kkmp('books', 'report', '--db', dbFile, '--kind', 'laba-rugi', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'xlsx', '--out', xlsx))
        .code,
    ).toBe(0);
    const sheet = (await readXlsxFile(readFileSync(xlsx)))[0]!.data;
    expect(sheet.find((row) => row[1] === 'Pendapatan penjualan non-anggota')!.slice(2)).toEqual([170_000, 0]);
    expect(sheet.find((row) => row[1] === 'SHU tahun berjalan')!.slice(2)).toEqual([80_000, 0]);

    const bad = await kkmp(
      'books',
      'report',
      '--db',
      dbFile,
      '--kind',
      'neraca-lama',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--out',
      join(dir, 'x.csv'),
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--kind');
  });

  it('close: a wrong PIN closes nothing; the year-end close records the SHU that shu --from-books divides', async () => {
    expect((await kkmp('books', 'close', '--db', dbFile, '--to', '2025-12-31', '--manager', 'hendra', '--pin', '0000')).code).toBe(1);
    expect((await kkmp('shu', '--db', dbFile, '--year', '2025', '--from-books', '--format', 'csv', '--out', join(dir, 'none.csv'))).err).toContain(
      'belum ditutup',
    );

    const closed = await kkmp('books', 'close', '--db', dbFile, '--to', '2025-12-31', '--manager', 'hendra', '--pin', '444444');
    expect(closed.code).toBe(0);
    expect(closed.out).toContain('SHU 80000');
    const tb = join(dir, 'tb-after.csv');
    await kkmp('books', 'trial-balance', '--db', dbFile, '--to', '2025-12-31', '--format', 'csv', '--out', tb);
    const rows = parse(readFileSync(tb), { columns: true }) as Record<string, string>[];
    expect(rows.filter((x) => /^[456]/.test(x.account_code!)).every((x) => x.debit === '0' && x.credit === '0')).toBe(true);
    expect(rows.find((x) => x.account_code === '3301')).toMatchObject({ credit: '80000' });

    const shu = join(dir, 'shu.csv');
    const r = await kkmp('shu', '--db', dbFile, '--year', '2025', '--from-books', '--format', 'csv', '--out', shu);
    expect(r.code).toBe(0);
    const members = parse(readFileSync(shu), { columns: true, bom: true }) as Record<string, string>[];
    expect(members).toHaveLength(1);
    expect(Number(members[0]!.shu_total)).toBeGreaterThan(0);
    expect(Number(members[0]!.shu_total)).toBeLessThanOrEqual(80_000);
  });
  it('rat: one PDF with the statements, the approved daftar SHU and the simpanan summary, read back with pdftotext', async () => {
    const host = openHost({ dbFile, now: () => new Date('2026-01-05T02:00:00Z') });
    try {
      const manajer = host.core.db.prepare("SELECT id FROM users WHERE username = 'hendra'").pluck().get() as string;
      approveRun(host.core, createRun(host.core, 2025, 80_000, manajer).id, manajer);
    } finally {
      host.close();
    }
    const pdf = join(dir, 'paket-rat.pdf');
    const r = await kkmp('books', 'rat', '--db', dbFile, '--year', '2025', '--out', pdf);
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.map((p) => p.trim().split('\n')[0]!.trim())).toEqual([
      'Paket RAT Tahun Buku 2025',
      'Laporan Posisi Keuangan (Neraca)',
      'Laporan Laba Rugi / Perhitungan Hasil Usaha',
      'Laporan Arus Kas',
      'Laporan Perubahan Ekuitas',
      'Daftar SHU 2025',
      'Ringkasan Simpanan Anggota',
    ]);
    // The laba rugi carries the year's SHU (80.000) beside the year before (0).
    expect(pages[2]).toMatch(/SHU tahun berjalan\s+80\.000\s+0/);
    // Daftar SHU: approved, the whole 80.000 divided, Ani's line with her share.
    expect(pages[5]).toContain('SHU dibagi 80.000 · disahkan');
    expect(pages[5]).toMatch(/0001\s+Ani\s+[\d.]+/);
    // Simpanan: Ani's pokok, at year end.
    expect(pages[6]).toMatch(/0001\s+Ani\s+50\.000\s+0\s+0\s+50\.000/);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '6', '-l', '6', pdf, join(dir, 'rat')]);
    const png = join(dir, 'rat-6.png');
    expect(existsSync(png) && statSync(png).size > 2000).toBe(true);
  });
});
