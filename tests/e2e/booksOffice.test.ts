// The manager's books screen in real Chromium against `npm run serve` with the demo outlet's
// year: the neraca on screen balances (jumlah aset = jumlah kewajiban dan ekuitas) and shows the
// very figures books.statement answers for the same period, a PDF export downloads, and a kas
// kecil payment recorded in the office appears in the buku kas list.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { Statement } from '../../shared/api/books';
import { parseDate } from '../../shared/i18n/format';
import { formatRupiah } from '../../shared/money';
import { apiAs, type ApiCall } from './support/api';
import { launchBrowser, loginAs, type TestBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { startServeHost, type ServeHost } from './support/serveHost';

vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

let host: ServeHost;
let browser: TestBrowser;
let page: Page;
let api: ApiCall;

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  api = await apiAs(host.url, DEMO.manajer.username, DEMO.manajer.pin);
  page = await browser.newPage();
  await loginAs(page, host.url, DEMO.manajer.username, DEMO.manajer.pin);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** The amounts of a row of the statement table, by its label, as the screen prints them. */
const rowCells = async (label: string) =>
  (
    await page
      .getByRole('table', { name: 'Laporan Posisi Keuangan (Neraca)' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .locator('td.num')
      .allInnerTexts()
  ).map((s) => s.replace(/\s/g, ''));

describe('office books screen', () => {
  it('shows a neraca that balances and equals the API for the same period, with the previous period beside', async () => {
    await page.getByRole('link', { name: 'Buku & keuangan' }).click();
    // The period fields read dd/mm/yyyy (whatever the browser's language); the API takes ISO days.
    const from = parseDate(await page.getByLabel('Dari', { exact: true }).inputValue())!;
    const to = parseDate(await page.getByLabel('Sampai', { exact: true }).inputValue())!;
    expect([from, to]).not.toContain(null);
    const neraca = await api<Statement>('books.statement', { kind: 'neraca', from, to });
    expect(neraca.balanced).toBe(true);
    const figure = (label: string) => neraca.rows.find((r) => r.label === label)!.values.map((v) => formatRupiah(v as number).replace(/\s/g, ''));
    await expect.poll(() => rowCells('Jumlah aset')).toEqual(figure('Jumlah aset'));
    const aset = await rowCells('Jumlah aset');
    expect(aset).toHaveLength(2);
    expect(aset[0]).not.toBe('Rp0');
    expect(await rowCells('Jumlah kewajiban dan ekuitas')).toEqual(aset);
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Seimbang');
  });

  it('exports the shown statement as PDF from the browser', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^neraca-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
  it('records a kas kecil payment in the office and lists it with the buku kas', async () => {
    const form = page.getByRole('form', { name: 'Catat kas kecil' });
    await form.getByLabel('Kategori').selectOption('6101');
    await form.getByLabel('Jumlah (Rp)').fill('125.000');
    await form.getByLabel('Catatan').fill('Token listrik tambahan');
    await form.getByRole('button', { name: 'Catat' }).click();
    const list = page.getByRole('table', { name: 'Daftar buku kas' });
    await expect.poll(() => list.innerText()).toContain('Token listrik tambahan');
    const row = list.getByRole('row').filter({ hasText: 'Token listrik tambahan' });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/Kas kecil Beban listrik dan air Token listrik tambahan manajer -Rp\s?125\.000/);
  });
});
