// Buku kas at the counter in real Chromium against `npm run serve` with the demo outlet: the kasir
// opens kas masuk / keluar with Alt+K, a barcode scanned into the dialog records nothing, above
// the threshold the supervisor PIN is asked, and the saved kas keluar lowers the Z report's
// expected cash by its amount.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { ShiftInfo, ZReport } from '../../shared/api/shifts';
import { apiAs, type ApiCall } from './support/api';
import { launchBrowser, loginAs, scan, type TestBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { startServeHost, type ServeHost } from './support/serveHost';

vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

const TERMINAL = 'E2E-KAS';
let host: ServeHost;
let browser: TestBrowser;
let page: Page;
let api: ApiCall;
let shift: ShiftInfo;

const dialog = () => page.getByRole('dialog', { name: 'Buku kas — kas masuk / keluar' });
const zReport = () => api<ZReport>('shifts.zReport', { shiftId: shift.shiftId });

describe('buku kas at the counter', () => {
  beforeAll(async () => {
    [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
    page = await browser.newPage({ terminal: TERMINAL });
    await loginAs(page, host.url, DEMO.kasir.username, DEMO.kasir.pin);
    await page.getByLabel('Modal awal (Rp)').fill('300000');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Status kasir' }).waitFor();
    api = await apiAs(host.url, DEMO.kasir.username, DEMO.kasir.pin);
    shift = (await api<ShiftInfo | null>('shifts.current', { terminal: TERMINAL }))!;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('a barcode scanned into the dialog is not money and submits nothing', async () => {
    await page.keyboard.press('Alt+K');
    await dialog().waitFor();
    await dialog().getByLabel('Kategori').selectOption('6104');
    await dialog().getByLabel('Catatan').fill('Ongkos angkut galon');
    await dialog().getByLabel('Jumlah (Rp)').focus();
    await scan(page, DEMO.gula);
    await expect.poll(() => dialog().getByRole('alert').innerText()).toContain('barcode barang, bukan jumlah uang');
    expect(await dialog().getByLabel('Jumlah (Rp)').inputValue()).toBe('');
    // The scanner's Enter in the note field only moves on, it does not save.
    await dialog().getByLabel('Catatan').focus();
    await scan(page, DEMO.minyak);
    await expect.poll(() => dialog().isVisible()).toBe(true);
    expect((await zReport()).bukuKas.entries).toEqual([]);
    // Money whose digits happen to end in a valid EAN-8 check digit (Rp10.000.007) stays money.
    await dialog().getByLabel('Jumlah (Rp)').fill('10000007');
    expect((await dialog().getByLabel('Jumlah (Rp)').inputValue()).replace(/\D/g, '')).toBe('10000007');
  });

  it('above the threshold the supervisor PIN is asked; with it the kas keluar is saved and lowers the expected cash', async () => {
    const before = (await zReport()).cash.expected;
    await dialog().getByLabel('Catatan').fill('Ongkos angkut galon');
    await dialog().getByLabel('Jumlah (Rp)').fill('150000');
    await expect.poll(() => dialog().getByLabel('PIN supervisor').isVisible()).toBe(true);
    await dialog()
      .getByRole('button', { name: /Simpan/ })
      .click();
    await expect.poll(() => dialog().getByRole('alert').innerText()).toContain('perlu PIN supervisor');
    expect((await zReport()).bukuKas.entries).toEqual([]);

    await dialog().getByLabel('Nama pengguna supervisor').fill('supervisor');
    await dialog().getByLabel('PIN supervisor').fill('3333');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.getByText(/Kas keluar Rp\s?150\.000 dicatat/).count()).toBe(1);
    const z = await zReport();
    expect(z.bukuKas.keluar).toBe(150_000);
    expect(z.bukuKas.entries.map((e) => [e.accountName, e.note])).toEqual([['Beban transport', 'Ongkos angkut galon']]);
    expect(z.cash.expected).toBe(before - 150_000);
  });
});
