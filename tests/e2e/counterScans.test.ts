// Scans and keys that used to finish the wrong thing at the counter (issue 15, items 4-6), in real
// Chromium against `npm run serve` with the demo outlet: a barcode scanned into the cash field is an
// item, never a tender; cash above the outlet's bound needs a confirmation; a scan on "Transaksi
// selesai" starts the next sale; closing a shift asks first, and Enter in a count field moves on.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { CatalogItem, LookupResult } from '../../shared/api/catalog';
import type { CounterInfo } from '../../shared/api/pos';
import { formatRupiah as rp } from '../../shared/money';
import { apiAs } from './support/api';
import { launchBrowser, loginAs, scan, type TestBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { startServeHost, type ServeHost } from './support/serveHost';

// A busy 2-core machine runs Chromium, the host and other test files at once: wait patiently.
vi.setConfig({ expect: { poll: { timeout: 30_000 } } });

let host: ServeHost;
let browser: TestBrowser;
let page: Page;
let minyak: CatalogItem;
let gula: CatalogItem;
let tenderMax: number | null;

const cartRows = () => page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr');
const summary = () => page.getByRole('complementary', { name: 'Ringkasan' });
const total = () => summary().getByLabel('Total belanja');
const payDialog = () => page.getByRole('dialog', { name: 'Pembayaran' });

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  const api = await apiAs(host.url, DEMO.admin.username, DEMO.admin.pin);
  minyak = (await api<LookupResult>('catalog.lookup', { code: DEMO.minyak })).item;
  gula = (await api<LookupResult>('catalog.lookup', { code: DEMO.gula })).item;
  tenderMax = (await api<CounterInfo>('pos.info')).tenderMax;
  page = await browser.newPage({ terminal: 'E2E-SCANS' });
  await loginAs(page, host.url, DEMO.kasir.username, DEMO.kasir.pin);
  await page.getByLabel('Modal awal (Rp)').fill('100000');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Status kasir' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('scans over the payment and done dialogs', () => {
  it('puts a barcode scanned into the cash field into the cart and never completes the sale', async () => {
    await scan(page, DEMO.minyak);
    await expect.poll(() => cartRows().count()).toBe(1);
    await page.keyboard.press('F10');
    await payDialog().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe(String(minyak.price));
    await scan(page, DEMO.gula);
    await expect.poll(() => payDialog().count()).toBe(0);
    expect(await page.getByRole('dialog', { name: 'Transaksi selesai' }).count()).toBe(0);
    await expect.poll(() => cartRows().count()).toBe(2);
    expect(await cartRows().nth(1).innerText()).toContain(gula.name);
    expect(await total().innerText()).toBe(rp(minyak.price! + gula.price!));
    expect(await summary().innerText()).toContain('bukan sebagai uang diterima');
  });

  it('asks before taking cash above the outlet bound, and takes it once confirmed', async () => {
    expect(tenderMax).toBe(10_000_000);
    const due = minyak.price! + gula.price!;
    await page.keyboard.press('F10');
    await payDialog().waitFor();
    const tooMuch = tenderMax! + 500_000;
    await page.getByLabel('Uang tunai diterima').fill(String(tooMuch));
    await page.keyboard.press('Enter');
    await expect.poll(() => payDialog().getByRole('alert').innerText()).toContain(`Uang tunai ${rp(tooMuch)} melebihi batas ${rp(tenderMax!)}`);
    // Enter again still does not take it: only the confirmation box does.
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog', { name: 'Transaksi selesai' }).count()).toBe(0);
    await payDialog()
      .getByLabel(`Ya, uang diterima benar ${rp(tooMuch)}`)
      .check();
    await payDialog()
      .getByRole('button', { name: /Selesai/ })
      .click();
    const done = page.getByRole('dialog', { name: 'Transaksi selesai' });
    await done.waitFor();
    expect(await done.getByLabel('Kembalian').innerText()).toBe(rp(tooMuch - due));
  });

  it('starts the next sale with an item scanned while "Transaksi selesai" shows', async () => {
    const done = page.getByRole('dialog', { name: 'Transaksi selesai' });
    await scan(page, DEMO.minyak);
    await expect.poll(() => done.count()).toBe(0);
    await expect.poll(() => cartRows().count()).toBe(1);
    expect(await cartRows().first().innerText()).toContain(minyak.name);
    expect(await total().innerText()).toBe(rp(minyak.price!));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('scan-input');
  });
});

describe('closing the shift', () => {
  it('moves to the next count field on Enter and closes only after the confirmation step', async () => {
    await page.keyboard.press('Alt+T');
    const count = page.getByRole('dialog', { name: 'Tutup shift — hitung uang di laci' });
    await count.waitFor();
    const expected = 100_000 + minyak.price! + gula.price!; // the float and the one paid sale (its change went back out)
    await expect.poll(() => count.getByLabel('Seharusnya', { exact: true }).innerText()).toBe(rp(expected));
    await count.getByLabel(`Jumlah lembar ${rp(100_000)}`).focus();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    // Still counting: Enter moved on to the Rp50.000 field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Jumlah lembar ${rp(50_000)}`);
    await page.keyboard.type('1');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog', { name: /Laporan Z/ }).count()).toBe(0);
    const confirm = page.getByRole('dialog', { name: 'Tutup shift — periksa sebelum menutup' });
    await page.keyboard.press('Enter'); // on "Periksa & tutup shift"
    await confirm.waitFor();
    const counted = 150_000;
    expect(await confirm.getByLabel('Seharusnya di laci').innerText()).toBe(rp(expected));
    expect(await confirm.getByLabel('Dihitung').innerText()).toBe(rp(counted));
    expect(await confirm.getByLabel('Selisih').innerText()).toBe(rp(counted - expected));
    expect(await confirm.innerText()).toContain(`Uang di laci lebih ${rp(counted - expected)}`);
    // A stray Enter here goes back to counting, with the count kept.
    await page.keyboard.press('Enter');
    await count.waitFor();
    expect(await count.getByLabel('Dihitung').innerText()).toBe(rp(counted));
    await count.getByRole('button', { name: 'Periksa & tutup shift' }).click();
    await confirm.getByRole('button', { name: 'Ya, tutup shift & cetak laporan Z' }).click();
    const z = page.getByRole('dialog', { name: /Laporan Z/ });
    await z.waitFor();
    expect(await z.innerText()).toContain(`Dihitung\t${rp(counted)}`);
  });
});
