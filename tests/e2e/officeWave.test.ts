// The office in real Chromium against a real serve host on the demo outlet (issue 15 items 13, 14
// and 18): a blind opname counted by the supervisor with wedge scans typed into the count fields,
// posted in part by the manajer with a reason and PIN; the rules editor refusing SHU shares that do
// not add up to 100 and saving ones that do; and Laporan's headline figures checked against the
// sales in the database file, over quick ranges, with echarts axes in the SVG.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '../../renderer/lib/format';
import { formatDate } from '../../shared/i18n/format';
import { Dec } from '../../shared/money';
import { quickRange } from '../../shared/reportRanges';
import { apiAs } from './support/api';
import { launchBrowser, loginAs, scan, type TestBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { startServeHost, type ServeHost } from './support/serveHost';

let host: ServeHost;
let browser: TestBrowser;

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Under load a screen may take seconds to answer; polls wait as long as the page's own timeout. */
const POLL = { timeout: 15_000, interval: 200 };
const todayWita = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Makassar' }).format(new Date());

describe('office', () => {
  it('opname: the supervisor counts blind by scanning into the count fields; the manajer posts what is counted with a reason and PIN', async () => {
    const mgr = await browser.newPage();
    mgr.setDefaultTimeout(15_000);
    await loginAs(mgr, host.url, 'manajer', '222222');
    await mgr.goto(`${host.url}/#/office/opname`);
    await mgr.getByLabel('Judul').fill('Opname rak E2E');
    await expect(mgr.getByLabel(/^Hitung buta/).isChecked()).resolves.toBe(true);
    await mgr.getByRole('button', { name: 'Mulai hitung' }).click();
    await mgr.getByRole('status').filter({ hasText: 'Stok opname "Opname rak E2E" dimulai' }).waitFor();
    const listRow = mgr.getByRole('table', { name: 'Daftar stok opname' }).getByRole('row').filter({ hasText: 'Opname rak E2E' });
    await expect(listRow.textContent()).resolves.toContain('Sedang dihitung');

    const sup = await browser.newPage();
    sup.setDefaultTimeout(15_000);
    await loginAs(sup, host.url, 'supervisor', '3333');
    await sup.goto(`${host.url}/#/office/opname`);
    await sup.getByRole('button', { name: 'Buka Opname rak E2E' }).click();
    const sheet = sup.getByRole('region', { name: 'Stok opname Opname rak E2E' });
    await sheet.getByText('Hitung buta: jumlah sistem tidak ditampilkan.').waitFor();
    await expect(sheet.getByRole('columnheader', { name: 'Sistem' }).count()).resolves.toBe(0);
    // A scan typed into the gula count field counts one beras sack and jumps to the beras line.
    await sheet.getByLabel('Fisik GULA1').click();
    await scan(sup, DEMO.beras);
    const berasRow = sheet.getByRole('row').filter({ hasText: 'SPHP5' });
    await expect.poll(() => berasRow.getAttribute('aria-current'), POLL).toBe('true');
    await expect.poll(() => sheet.getByLabel('Fisik SPHP5').inputValue(), POLL).toBe('1');
    await expect.poll(() => sup.evaluate(() => document.activeElement?.getAttribute('aria-label')), POLL).toBe('Fisik SPHP5');
    await expect(sheet.getByLabel('Fisik GULA1').inputValue()).resolves.toBe('');
    // The counter corrects the count by hand where the scan put them.
    await sheet.getByLabel('Fisik SPHP5').fill('3');
    await sup.keyboard.press('Enter');
    await sup.getByRole('status').filter({ hasText: 'Hitungan SPHP5 tersimpan: 3' }).waitFor();
    const mgrApi = await apiAs(host.url, 'manajer', '222222');
    const supApi = await apiAs(host.url, 'supervisor', '3333');
    const opnames = await mgrApi<{ id: string; title: string }[]>('opname.list');
    const id = opnames.find((o) => o.title === 'Opname rak E2E')!.id;
    const seen = await supApi<{ lines: { sku: string; systemMilli: number | null; countedMilli: number | null }[] }>('opname.get', { opnameId: id });
    expect(seen.lines.find((l) => l.sku === 'SPHP5')).toMatchObject({ systemMilli: null, countedMilli: 3000 });

    // The manajer sees the system side, gives the reason the large difference needs, and the PIN.
    await mgr.getByRole('button', { name: 'Buka Opname rak E2E' }).click();
    const review = mgr.getByRole('region', { name: 'Stok opname Opname rak E2E' });
    const system = (await mgrApi<{ lines: { sku: string; systemMilli: number }[] }>('opname.get', { opnameId: id })).lines.find(
      (l) => l.sku === 'SPHP5',
    )!.systemMilli;
    await expect(review.getByLabel('Selisih SPHP5').textContent()).resolves.toBe(String((3000 - system) / 1000));
    await review.getByLabel('Alasan SPHP5').fill('Sebagian karung di gudang belakang');
    await review.getByLabel('PIN manajer').fill('222222');
    await review.getByRole('button', { name: 'Setujui & posting' }).click();
    await mgr
      .getByRole('status')
      .filter({ hasText: /^1 barang diposting; \d+ lagi menunggu dihitung\.$/ })
      .waitFor();
    // The list changed without a reload: still open, one line posted.
    await expect.poll(() => listRow.textContent(), POLL).toMatch(/Sedang dihitung\d+\/\d+1\/\d+Buka$/);
    const after = await mgrApi<{ status: string; lines: { sku: string; posted: boolean; reason: string | null }[] }>('opname.get', { opnameId: id });
    expect(after.status).toBe('counting');
    expect(after.lines.find((l) => l.sku === 'SPHP5')).toMatchObject({ posted: true, reason: 'Sebagian karung di gudang belakang' });
    await mgr.close();
    await sup.close();
  }, 120_000);

  it('rules editor: SHU shares that do not add up to 100 are refused in words, a correct change is saved from today and shows in the CLI; HET is read-only', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await loginAs(page, host.url, 'manajer', '222222');
    await page.getByRole('link', { name: 'Aturan koperasi' }).click();
    await page.getByLabel('Cari aturan').fill('shu.allocation');
    await page.getByRole('button', { name: 'Ubah shu.allocation' }).click();
    const form = page.getByRole('form', { name: 'Ubah shu.allocation' });
    await form.getByLabel('cadangan').fill('35');
    await form.getByRole('button', { name: 'Simpan aturan' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Pembagian SHU harus berjumlah 100 %; yang diisi berjumlah 105 %.');
    await form.getByLabel('Jasa usaha anggota').fill('20');
    await form.getByRole('button', { name: 'Simpan aturan' }).click();
    await page.getByRole('status').filter({ hasText: 'shu.allocation disimpan' }).waitFor();
    const today = todayWita();
    await page
      .getByRole('table', { name: 'Riwayat shu.allocation' })
      .getByRole('row')
      .filter({ hasText: formatDate(today, 'UTC') })
      .waitFor();
    expect(host.kkmp('settings', 'show', 'shu.allocation')).toContain(`${today}  {"cadangan":"35","jasaUsaha":"20"`);
    // A typing slip is explained in Indonesian before anything is sent.
    await form.getByLabel('cadangan').fill('tiga puluh');
    await form.getByRole('button', { name: 'Simpan aturan' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Nilai untuk shu.allocation.cadangan ditolak: Harus persen berupa angka, mis. 12,5.');
    // The same refusal on an English screen is in English: no Indonesian host words inside it.
    await page.getByRole('button', { name: /Ganti bahasa/ }).click();
    await expect
      .poll(() => page.getByRole('form', { name: 'Change shu.allocation' }).getByRole('alert').textContent())
      .toBe('The value for shu.allocation.cadangan was refused: Must be a percentage in figures, e.g. 12,5.');
    await page.getByRole('button', { name: /Switch language/ }).click();
    await form.getByRole('alert').waitFor();

    await page.getByLabel('Hanya yang bisa diubah koperasi').uncheck();
    await page.getByLabel('Cari aturan').fill('sphp.het_per_kg');
    const row = page.getByRole('table', { name: 'Daftar aturan' }).getByRole('row').filter({ hasText: 'sphp.het_per_kg' });
    await expect(row.textContent()).resolves.toContain('Regulasi: Bapanas/Bulog: juknis SPHP 2025');
    await page.getByRole('button', { name: 'Lihat sphp.het_per_kg' }).click();
    const het = page.getByRole('region', { name: 'Aturan sphp.het_per_kg' });
    await het.getByText('Ditetapkan oleh regulator').waitFor();
    await expect(het.getByRole('button', { name: 'Simpan aturan' }).count()).resolves.toBe(0);
    await page.close();
  }, 90_000);

  it('reports: headline figures equal the sales in the database for each quick range, and the echarts axes are labelled', async () => {
    const db = new Database(host.dbFile, { readonly: true, fileMustExist: true });
    const expected = (p: { from: string; to: string }) => {
      const s = db
        .prepare("SELECT COUNT(*) AS n, COALESCE(SUM(total), 0) AS t FROM sales WHERE status = 'completed' AND business_date BETWEEN ? AND ?")
        .get(p.from, p.to) as {
        n: number;
        t: number;
      };
      const l = db
        .prepare(
          "SELECT COALESCE(SUM(l.line_total), 0) AS rev, COALESCE(SUM(l.unit_cost * l.qty_milli), 0) AS cost FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.status = 'completed' AND s.business_date BETWEEN ? AND ?",
        )
        .get(p.from, p.to) as { rev: number; cost: number };
      return {
        omzet: rupiah(s.t),
        transaksi: s.n.toLocaleString('id-ID'),
        basket: rupiah(s.n ? new Dec(s.t).div(s.n).toDecimalPlaces(0).toNumber() : 0),
        margin: rupiah(new Dec(l.rev).minus(new Dec(l.cost).div(1000)).toDecimalPlaces(0).toNumber()),
      };
    };
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await loginAs(page, host.url, 'manajer', '222222');
    await page.getByRole('link', { name: 'Laporan' }).click();
    const figures = page.getByRole('definition');
    const shown = async () => ({
      omzet: await page.getByLabel('Omzet', { exact: true }).textContent(),
      transaksi: await page.getByLabel('Transaksi', { exact: true }).textContent(),
      basket: await page.getByLabel('Rata-rata keranjang', { exact: true }).textContent(),
      margin: ((await page.getByLabel('Margin', { exact: true }).textContent()) ?? '').replace(/ \(.*\)$/, ''),
    });
    await expect(figures.count()).resolves.toBe(4);
    const today = todayWita();
    const seen: Record<string, unknown> = {};
    for (const [button, range] of [
      ['7 hari', 'week'],
      ['Bulan ini', 'month'],
      ['Kemarin', 'yesterday'],
      ['Hari ini', 'today'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const want = expected(quickRange(range, today));
      await expect.poll(shown, POLL).toEqual(want);
      seen[range] = want;
    }
    // The demo month has sales on most days: the seven days and yesterday are different figures.
    expect(seen.week).not.toEqual(seen.yesterday);

    await page.getByRole('button', { name: '7 hari', exact: true }).click();
    const chart = page.getByRole('group', { name: 'Penjualan per hari' }).locator('svg');
    await chart.waitFor();
    const texts = () => chart.locator('text').allTextContents();
    const week = quickRange('week', today);
    const days = db
      .prepare("SELECT DISTINCT business_date AS d FROM sales WHERE status = 'completed' AND business_date BETWEEN ? AND ? ORDER BY 1")
      .pluck()
      .all(week.from, week.to) as string[];
    // One bar per day with sales, labelled dd/mm on the date axis, its value in rupiah on top.
    await expect.poll(texts, POLL).toEqual(expect.arrayContaining(['Tanggal', 'Omzet (Rp)', ...days.map((d) => `${d.slice(8)}/${d.slice(5, 7)}`)]));
    expect((await texts()).some((t) => /^Rp\d/.test(t))).toBe(true);

    // Per cara bayar closes like a struk: the sales total the headline counts, then the money the
    // rows add up to (the demo rounds no cash, so there is no pembulatan line between them).
    const pay = page.getByRole('table', { name: 'Per cara bayar' });
    const foot = (label: string) => pay.locator('tfoot tr', { hasText: label }).locator('td.num').textContent();
    const weekSales = db
      .prepare("SELECT COALESCE(SUM(total), 0) FROM sales WHERE status = 'completed' AND business_date BETWEEN ? AND ?")
      .pluck()
      .get(week.from, week.to) as number;
    await expect.poll(() => foot('Jumlah penjualan'), POLL).toBe(rupiah(weekSales));
    await expect(foot('Uang diterima')).resolves.toBe(rupiah(weekSales));
    await expect(pay.getByText('Pembulatan tunai').count()).resolves.toBe(0);
    db.close();
    await page.close();
  }, 90_000);
});
