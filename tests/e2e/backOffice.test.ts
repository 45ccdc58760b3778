// The manager in real Chromium against a real serve host: receives a Bulog delivery with a damaged
// sack (discrepancy entered, then confirmed), and exports the kartu stok as CSV from the browser;
// the downloaded file is read back with csv-parse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { launchBrowser, loginAs, type TestBrowser } from './support/browser';
import { startServeHost, type ServeHost } from './support/serveHost';

let host: ServeHost;
let browser: TestBrowser;

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('back office', () => {
  it('receives a delivery with a discrepancy, then exports the kartu stok from the browser', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await loginAs(page, host.url, 'manajer', '222222');
    await page.getByRole('link', { name: 'Penerimaan' }).click();
    await page.getByRole('button', { name: 'Penerimaan baru' }).click();
    const form = page.getByRole('form', { name: 'Dokumen penerimaan baru' });
    await form.getByLabel('Pemasok').fill('Bulog Kanwil Kaltim-Kaltara');
    await form.getByLabel('No. DO/SPPB / surat jalan').fill('DO-E2E-0001');
    await form.getByLabel('No. pesanan Klik SPHP').fill('KSPHP-77');
    await form.getByLabel('Barang baris 1').selectOption({ label: 'SPHP5 · Beras SPHP 5 kg' });
    await form.getByLabel('Jumlah di dokumen baris 1').fill('10');
    await form.getByLabel('Harga pokok baris 1').fill('56.500');
    await form.getByRole('button', { name: 'Simpan dokumen' }).click();

    const doc = page.getByRole('region', { name: 'Dokumen DO-E2E-0001' });
    await doc.getByLabel('Dihitung SPHP5').fill('10');
    await doc.getByLabel('Rusak SPHP5').fill('1');
    await doc.getByRole('button', { name: 'Simpan hitungan' }).click();
    // Without a reason the core refuses, and says so in words.
    await expect(doc.getByRole('alert').textContent()).resolves.toMatch(/isi alasannya/);
    await doc.getByLabel('Alasan SPHP5').fill('Satu sak sobek');
    await doc.getByRole('button', { name: 'Simpan hitungan' }).click();
    await doc
      .getByLabel('Selisih SPHP5')
      .filter({ hasText: /^Rusak 1$/ })
      .waitFor();
    await doc.getByRole('button', { name: 'Konfirmasi penerimaan' }).click();
    await doc.getByRole('button', { name: 'Ya, posting ke stok' }).click();
    await doc.getByText('Diposting').waitFor();
    // The list follows at once, with a message saying what happened (no reload).
    await page.getByRole('status').filter({ hasText: 'DO-E2E-0001 diposting ke stok.' }).waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Daftar penerimaan' }).getByRole('row').filter({ hasText: 'DO-E2E-0001' }).textContent(), { timeout: 8000 })
      .toContain('Diposting');

    await page.getByRole('link', { name: 'Kartu stok' }).click();
    await page.getByLabel('Barang', { exact: true }).selectOption({ label: 'SPHP5 · Beras SPHP 5 kg' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    const table = page.getByRole('table', { name: 'Mutasi kartu stok' });
    // The list is virtualised: scroll to the end (pages load as it scrolls) until the delivery shows.
    const received = table.getByRole('row').filter({ hasText: 'DO-E2E-0001' });
    for (let i = 0; i < 20 && (await received.count()) === 0; i++) {
      await page.getByLabel('Gulir mutasi').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(150);
    }
    await expect(received.textContent()).resolves.toMatch(/Penerimaan\s*DO-E2E-0001\s*9/);

    await page.getByLabel('Format').selectOption('csv');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kartu-stok_SPHP5_.*\.csv$/);
    const file = join(host.dir, 'download.csv');
    await download.saveAs(file);
    const rows = parse(readFileSync(file), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const at = rows.findIndex((r) => r['Dokumen'] === 'DO-E2E-0001');
    expect(rows[at]).toMatchObject({ Jenis: 'Penerimaan', Masuk: '9' });
    // The balance after the delivery is the balance before it plus the 9 good sacks (the damaged one stays out).
    expect(Number(rows[at]!['Saldo'])).toBe(Number(rows[at - 1]!['Saldo']) + 9);
    expect(rows.at(-1)).toMatchObject({ Jenis: 'Saldo akhir', Saldo: rows[at]!['Saldo'] });
    await expect(page.getByLabel('Kemajuan ekspor').getAttribute('value')).resolves.toBe('100');
    await page.close();
  });
});
