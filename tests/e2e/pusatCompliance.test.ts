// The pusat's compliance dashboards in real Chromium at 1366×768, served by a real `npm run pusat`
// (embedded PGlite, a child process) fed by two real outlet hosts through `kkmp sync`: LPG against
// allocation, refusals by rule, stock below minimum, members against households and the books'
// headline show the outlets' numbers; the koperasi picker narrows them; the Satgas XLSX downloads
// and reads back; a pendamping sees only their koperasi.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { putSetting } from '../../electron/services/settings/settings';
import { formatRupiah } from '../../shared/money';
import { kkmp } from '../support/cli';
import { nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { errorOf } from '../support/tempHost';
import { launchBrowser, type TestBrowser } from './support/browser';
import { docScreenshot } from './support/screens';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'kkmp-pusat-e2e-'));
const env = { ...process.env, KKMP_DATA_DIR: dir, KKMP_PUSAT_PASSWORD: 'rahasia-dinas-1' };

type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>;
const apiAt =
  (url: string, token: string | null = null): Api =>
  async <T>(method: string, input: unknown = {}) => {
    const res = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; result?: T; error?: unknown };
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.result as T;
  };

describe('pusat compliance dashboards in Chromium against npm run pusat (PGlite)', () => {
  let pusat: ChildProcess;
  let url: string;
  let browser: TestBrowser;
  let a: LpgWorld;
  let b: LpgWorld;

  beforeAll(async () => {
    const add = spawnSync(TSX, ['central/main.ts', 'add-dinas', '--username', 'dinas.bpn', '--kota', 'Balikpapan'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(add.stdout.trim()).toBe('OK');
    pusat = spawn(TSX, ['central/main.ts', '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      pusat.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /→ (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      pusat.once('exit', (code) => reject(new Error(`pusat exited ${code}: ${out}`)));
    });
    const { token } = await apiAt(url)<{ token: string }>('auth.login', { username: 'dinas.bpn', password: 'rahasia-dinas-1' });
    const dinas = apiAt(url, token);
    await dinas('koperasi.create', { id: 'kkmp-graha-indah', name: 'KKMP Graha Indah', kelurahan: 'Graha Indah' });
    await dinas('koperasi.create', { id: 'kkmp-karang-joang', name: 'KKMP Karang Joang', kelurahan: 'Karang Joang' });
    await dinas('accounts.createPendamping', { username: 'pendamping.rina', password: 'rahasia-rina-1', koperasiIds: ['kkmp-graha-indah'] });
    await dinas('households.set', { kelurahan: 'Graha Indah', households: 412, targetPct: '10', validFrom: '2026-01-01' });

    a = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    b = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    for (const [w, koperasiId] of [
      [a, 'kkmp-graha-indah'],
      [b, 'kkmp-karang-joang'],
    ] as const) {
      const { code } = await dinas<{ code: string }>('enrolment.createCode', { koperasiId, outletName: `Gerai ${koperasiId}` });
      expect((await kkmp('sync', '--db', w.h.dbFile, '--central', url, '--enrol', code)).code).toBe(0);
    }
    await a.manajer('catalogAdmin.update', { productId: a.products.gula, minStockMilli: 250_000 });
    // Bulog brings 20 sak SPHP, one torn (19 received); one sak is sold.
    const bulog = await a.manajer<{ id: string }>('deliveries.create', {
      source: 'BULOG',
      supplier: 'Bulog Kanwil Kaltim-Kaltara',
      docNo: 'DO-2026-01-0042',
      klikSphpRef: 'KSPHP-889123',
      deliveryDate: '2026-01-09',
      lines: [{ productId: a.products.sphp, expectedMilli: 20_000, unitCost: 56_500 }],
    });
    await a.manajer('deliveries.count', { deliveryId: bulog.id, lines: [{ lineNo: 1, countedMilli: 20_000, damagedMilli: 1_000, reason: 'Satu sak sobek' }] });
    await a.manajer('deliveries.post', { deliveryId: bulog.id });
    await a.sellLines([{ productId: a.products.sphp, qtyMilli: 1000 }]);
    putSetting(a.h.core, 'lpg3.monthly_allocation', '2026-01-01', 300, null);
    const buyer = await a.buyer(7);
    await a.sell({ buyerId: buyer });
    expect((await errorOf(a.sell({ buyerId: buyer, qty: 2 }))).code).toBe('LPG_TX_LIMIT');
    for (const n of [1, 2]) await a.manajer('members.create', { name: `Anggota ${n}`, nik: nikOf(40 + n), kelurahan: 'Graha Indah', joinDate: '2026-01-05' });
    expect((await errorOf(b.sell({ nik: nikOf(98) }))).code).toBe('LPG_BUYER_NOT_REGISTERED');
    for (const w of [a, b]) expect((await kkmp('sync', '--db', w.h.dbFile, '--central', url)).code).toBe(0);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    a?.h.dispose();
    b?.h.dispose();
    pusat?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(username: string, password: string): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url);
    const form = page.getByRole('form', { name: 'Masuk ke Pusat KKMP' });
    await form.getByLabel('Nama pengguna').fill(username);
    await form.getByLabel('Kata sandi').fill(password);
    await form.getByRole('button', { name: 'Masuk' }).click();
    // dd/mm/yyyy in an en-US Chromium too: the pusat uses the outlet's DateInput.
    await page.getByLabel('Dari', { exact: true }).fill('01/01/2026');
    await page.getByLabel('Sampai', { exact: true }).fill('31/01/2026');
    await page.getByRole('heading', { name: 'LPG 3 kg terhadap alokasi · Januari 2026' }).waitFor();
    return page;
  }
  const table = (page: Page, name: string | RegExp) => page.getByRole('table', { name });
  const rowCells = (page: Page, name: string | RegExp, text: string) =>
    table(page, name).getByRole('row').filter({ hasText: text }).first().getByRole('cell').allTextContents();

  it('the dinas sees LPG against allocation, refusals by rule, stock below minimum, members and the books as the gerai recorded them', async () => {
    const page = await signIn('dinas.bpn', 'rahasia-dinas-1');
    await table(page, /LPG 3 kg terhadap alokasi/)
      .getByRole('row')
      .filter({ hasText: 'KKMP Karang Joang' })
      .waitFor();
    expect(await rowCells(page, /LPG 3 kg terhadap alokasi/, 'KKMP Graha Indah')).toEqual(['KKMP Graha Indah', '300', '0', '1', '0,3 %', '1', '0']);
    expect(await rowCells(page, 'Penolakan per aturan', 'KKMP Graha Indah')).toEqual(['KKMP Graha Indah', 'Batas tabung per transaksi', '1', '1']);
    expect(await rowCells(page, 'Penolakan per aturan', 'KKMP Karang Joang')).toEqual(['KKMP Karang Joang', 'Pembeli LPG belum terdaftar', '1', '1']);
    const gula = await rowCells(page, 'Stok terhadap minimum', 'Gula pasir 1 kg');
    expect(gula.slice(4)).toEqual(['200 pcs', '250 pcs', '0', 'Di bawah minimum']);
    expect(await rowCells(page, /Anggota terhadap rumah tangga/, 'KKMP Graha Indah')).toEqual([
      'KKMP Graha Indah',
      'Graha Indah',
      '2',
      '412',
      '42 (10 %)',
      '4,8 %',
    ]);
    expect(await rowCells(page, /Anggota terhadap rumah tangga/, 'KKMP Karang Joang')).toEqual([
      'KKMP Karang Joang',
      'Karang Joang',
      '0',
      'belum diisi dinas',
      '—',
      '—',
    ]);
    const revenue = a.h.core.db.prepare("SELECT sum(credit - debit) FROM journal_lines WHERE account_code LIKE '4%'").pluck().get() as number;
    expect((await rowCells(page, 'Ringkasan buku', 'KKMP Graha Indah')).slice(0, 3)).toEqual(['Januari 2026', 'KKMP Graha Indah', formatRupiah(revenue)]);
    for (const chart of ['Grafik LPG terjual terhadap alokasi', 'Grafik anggota terhadap target'])
      await page.getByRole('img', { name: chart }).locator('canvas').first().waitFor();
    await docScreenshot(page, 'pusat-dashboard');
    await page.getByRole('heading', { name: /LPG 3 kg terhadap alokasi/ }).scrollIntoViewIfNeeded();
    await docScreenshot(page, 'pusat-lpg-refusals');
    await page.getByRole('heading', { name: /Anggota terhadap rumah tangga/ }).scrollIntoViewIfNeeded();
    await docScreenshot(page, 'pusat-stock-members');
    // 1366 px: nothing runs off the side.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

    // The dinas enters the households of a kelurahan; the members panel shows its target at once.
    const households = page.getByRole('form', { name: 'Rumah tangga per kelurahan' });
    await households.getByLabel('Kelurahan').selectOption('Karang Joang');
    await households.getByLabel('Rumah tangga').fill('300');
    await households.getByLabel('Target anggota (%)').fill('12,5');
    await households.getByLabel('Berlaku dari').fill('01/01/2026');
    await households.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tersimpan' }).textContent()).resolves.toBe('Tersimpan: Karang Joang, berlaku 01/01/2026.');
    await table(page, /Anggota terhadap rumah tangga/)
      .getByRole('row')
      .filter({ hasText: '38 (12,5 %)' })
      .waitFor();
    expect(await rowCells(page, /Anggota terhadap rumah tangga/, 'KKMP Karang Joang')).toEqual([
      'KKMP Karang Joang',
      'Karang Joang',
      '0',
      '300',
      '38 (12,5 %)',
      '0 %',
    ]);

    // The dinas sets Graha Indah's SPHP allocation for January; the panel sets it against the delivery.
    const bulogPanel = /Alokasi Bulog terhadap diterima/;
    await expect(
      page.getByRole('region', { name: bulogPanel }).getByText('Belum ada alokasi Bulog bulan ini untuk: KKMP Graha Indah, KKMP Karang Joang.').count(),
    ).resolves.toBe(1);
    const allocation = page.getByRole('form', { name: 'Isi alokasi Bulog' });
    await allocation.getByLabel('Penerima alokasi').selectOption({ label: 'KKMP Graha Indah' });
    await allocation.getByLabel('Produk').selectOption({ label: 'Beras SPHP 5 kg' });
    await expect(allocation.getByLabel('Bulan').inputValue()).resolves.toBe('01/2026');
    await allocation.getByLabel(/^Alokasi/).fill('2,5x');
    await allocation.getByRole('button', { name: 'Simpan alokasi' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Jumlah alokasi' }).count()).resolves.toBe(1);
    await expect(allocation.getByLabel(/^Alokasi/).inputValue()).resolves.toBe('2,5x');
    await allocation.getByLabel(/^Alokasi/).fill('30');
    await allocation.getByRole('button', { name: 'Simpan alokasi' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Beras SPHP' }).textContent()).resolves.toBe(
      'Tersimpan: KKMP Graha Indah, Beras SPHP 5 kg, Januari 2026.',
    );
    await table(page, bulogPanel).getByRole('row').filter({ hasText: '30 sak' }).first().waitFor();
    const sphpRows = table(page, bulogPanel).getByRole('row').filter({ hasText: 'Beras SPHP 5 kg' });
    expect(await sphpRows.filter({ hasText: 'KKMP Graha Indah' }).getByRole('cell').allTextContents()).toEqual([
      'KKMP Graha Indah',
      'Beras SPHP 5 kg',
      'Beras SPHP',
      '30 sak',
      '19',
      '1',
      '11',
    ]);
    expect(await sphpRows.filter({ hasText: 'Seluruh Balikpapan' }).getByRole('cell').allTextContents()).toEqual([
      'Seluruh Balikpapan',
      'Beras SPHP 5 kg',
      'Beras SPHP',
      '30 sak',
      '19',
      '1',
      '11',
    ]);
    expect(await rowCells(page, bulogPanel, 'Minyakita 1 L')).toEqual(['KKMP Graha Indah', 'Minyakita 1 L', 'Minyakita', 'Belum ada alokasi', '0', '0', '—']);
    await expect(page.getByRole('region', { name: bulogPanel }).getByText('Belum ada alokasi Bulog bulan ini untuk: KKMP Karang Joang.').count()).resolves.toBe(
      1,
    );
    await page.getByRole('heading', { name: bulogPanel }).scrollIntoViewIfNeeded();
    await docScreenshot(page, 'pusat-bulog-allocation');

    // One koperasi: every panel narrows to it.
    await page.getByLabel('Koperasi').selectOption({ label: 'KKMP Karang Joang' });
    await expect(table(page, 'Penolakan per aturan').getByRole('row').filter({ hasText: 'KKMP Graha Indah' }).count()).resolves.toBe(0);
    await expect(
      table(page, /LPG 3 kg terhadap alokasi/)
        .getByRole('row')
        .count(),
    ).resolves.toBe(2);

    // The Satgas report of the month, as the browser saves it.
    await page.getByLabel('Koperasi').selectOption({ label: 'Semua koperasi Balikpapan' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('laporan-satgas-balikpapan-2026-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const names = wb.getWorksheet('Koperasi')!.getColumn(1).values.slice(4);
    expect(names).toEqual(['KKMP Graha Indah', 'KKMP Karang Joang']);
  });

  it('a pendamping sees only the koperasi assigned to them, in every panel and in the picker, and enters no households', async () => {
    const page = await signIn('pendamping.rina', 'rahasia-rina-1');
    await expect(page.getByRole('form', { name: 'Rumah tangga per kelurahan' }).count()).resolves.toBe(0);
    await table(page, 'Penolakan per aturan').getByRole('row').filter({ hasText: 'KKMP Graha Indah' }).waitFor();
    // The allocation the dinas set is there to read, not to change.
    await expect(page.getByRole('form', { name: 'Isi alokasi Bulog' }).count()).resolves.toBe(0);
    expect((await rowCells(page, /Alokasi Bulog terhadap diterima/, 'Beras SPHP 5 kg')).slice(0, 4)).toEqual([
      'KKMP Graha Indah',
      'Beras SPHP 5 kg',
      'Beras SPHP',
      '30 sak',
    ]);
    for (const name of [
      'Penolakan per aturan',
      /LPG 3 kg terhadap alokasi/,
      /Alokasi Bulog terhadap diterima/,
      /Anggota terhadap rumah tangga/,
      'Stok terhadap minimum',
      'Ringkasan buku',
    ])
      await expect(table(page, name).getByRole('row').filter({ hasText: 'KKMP Karang Joang' }).count()).resolves.toBe(0);
    const options = await page.getByLabel('Koperasi').locator('option').allTextContents();
    expect(options).toEqual(['Semua koperasi dampingan', 'KKMP Graha Indah']);
  });
});
