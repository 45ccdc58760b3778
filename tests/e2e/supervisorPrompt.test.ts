// The supervisor prompt at payment (issue 15 item 8), in real Chromium against `npm run serve` with
// the demo outlet: a sale that trips two soft rules (gula priced above its HAP, an LPG refill with
// no empty cylinder back) asks once and names both; the focus goes to the prompt's first field, Tab
// stays inside the dialog, a barcode scanned while the prompt is open never becomes the PIN nor
// approves the sale, Esc goes back to the scan field, and the supervisor's PIN then finishes it.
// The void, return and buku kas prompts (SignerFields, one for the whole counter) take a scan into
// their name or PIN the same way: the item lands in the cart, no PIN try is refused, and the
// right PIN then does the step.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { CatalogItem, LookupResult } from '../../shared/api/catalog';
import type { CounterInfo } from '../../shared/api/pos';
import { apiAs } from './support/api';
import { launchBrowser, loginAs, scan, type TestBrowser } from './support/browser';
import { DEMO, demoEan } from './support/demo';
import { startServeHost, type ServeHost } from './support/serveHost';

// A busy 2-core machine runs Chromium, the host and other test files at once: wait on the screen.
vi.setConfig({ expect: { poll: { timeout: 20_000 } } });

const LPG_REFILL = demoEan('200001');
const BUYER = { nik: '6471035507880456', kk: '6471030101100789', name: 'Rahmawati', category: 'RUMAH_TANGGA' };

let host: ServeHost;
let browser: TestBrowser;
let page: Page;
let gula: CatalogItem;

const cartRows = () => page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr');
const payDialog = () => page.getByRole('dialog', { name: 'Pembayaran' });
const supervisorName = () => payDialog().getByLabel('Nama pengguna supervisor');
const supervisorPin = () => payDialog().getByLabel('PIN supervisor');
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const focusInsideDialog = () => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));

/** F10, exact cash, Enter: the core asks for a supervisor and the prompt appears. */
async function payUntilAsked() {
  await page.keyboard.press('F10');
  await payDialog().waitFor();
  await page.keyboard.press('F2');
  await page.keyboard.press('Enter');
  await supervisorName().waitFor();
}

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  const api = await apiAs(host.url, DEMO.admin.username, DEMO.admin.pin);
  await api('lpg.buyers.register', BUYER);
  const today = (await api<CounterInfo>('pos.info')).businessDate;
  gula = (await api<LookupResult>('catalog.lookup', { code: DEMO.gula })).item;
  // A price above the HAP of gula (a soft rule: a warning a supervisor may accept).
  const hap = (await api<{ current: number }>('settings.show', { key: 'gula.hap_per_kg' })).current;
  await api('catalogAdmin.setPrice', { productId: gula.productId, amount: hap + 500, validFrom: today });
  page = await browser.newPage({ terminal: 'E2E-SUPERVISOR' });
  await loginAs(page, host.url, DEMO.kasir.username, DEMO.kasir.pin);
  await page.getByLabel('Modal awal (Rp)').fill('100000');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Status kasir' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'scan-input');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the supervisor prompt at payment', () => {
  it('names both findings and takes the focus to the supervisor user name', async () => {
    await scan(page, DEMO.gula);
    await scan(page, LPG_REFILL);
    const lpg = page.getByRole('dialog', { name: 'Pembeli LPG 3 kg' });
    await lpg.waitFor();
    await lpg.getByLabel(/NIK pembeli/).fill(BUYER.nik);
    await page.keyboard.press('Enter');
    await expect.poll(() => lpg.innerText()).toContain('Apakah tabung kosong dikembalikan?');
    await page.keyboard.press('n');
    await expect.poll(() => cartRows().count()).toBe(2);

    await payUntilAsked();
    const asked = await payDialog().getByRole('alert').innerText();
    expect(asked).toMatch(/Gula pasir/);
    expect(asked).toMatch(/HAP/);
    expect(asked).toMatch(/tabung kosong/i);
    await expect.poll(() => supervisorName().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('Tab and Shift+Tab go round inside the dialog, never out to the counter', async () => {
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInsideDialog()).toBe(true);
    }
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInsideDialog()).toBe(true);
    }
  });

  it('a barcode scanned into the PIN field is an item for the cart, never the PIN, and approves nothing', async () => {
    await supervisorName().fill(DEMO.manajer.username);
    await supervisorPin().focus();
    await scan(page, DEMO.tepung);
    await expect.poll(() => cartRows().count()).toBe(3);
    expect(await cartRows().nth(2).innerText()).toMatch(/Tepung/);
    expect(await page.getByRole('dialog', { name: 'Transaksi selesai' }).count()).toBe(0);
    expect(await payDialog().count()).toBe(0);
    await expect.poll(focusedId).toBe('scan-input');
  });

  it('a slow scan that reaches the PIN field as typing is still taken as an item, not sent as a PIN', async () => {
    await payUntilAsked();
    await supervisorName().fill(DEMO.manajer.username);
    await supervisorPin().focus();
    // Slower than the wedge detector's burst (a loaded machine): the digits land in the field.
    await page.keyboard.type(DEMO.minyak, { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => cartRows().count()).toBe(4);
    expect(await cartRows().nth(3).innerText()).toMatch(/Minyak/);
    expect(await page.getByRole('dialog', { name: 'Transaksi selesai' }).count()).toBe(0);
  });

  it('Esc cancels the prompt back to the scan field with the cart as it was', async () => {
    await payUntilAsked();
    await expect.poll(() => supervisorName().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => payDialog().count()).toBe(0);
    await expect.poll(focusedId).toBe('scan-input');
    expect(await cartRows().count()).toBe(4);
  });

  it("the supervisor's user name and PIN finish the sale", async () => {
    await payUntilAsked();
    await page.keyboard.type(DEMO.manajer.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO.manajer.pin);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Transaksi selesai' }).waitFor();
  });
});

describe('every other supervisor prompt on the counter', () => {
  const voidDialog = () => page.getByRole('dialog', { name: 'Batalkan transaksi (void)' });
  const returnDialog = () => page.getByRole('dialog', { name: 'Retur barang' });
  const kasDialog = () => page.getByRole('dialog', { name: 'Buku kas — kas masuk / keluar' });
  const statuses = () => page.getByRole('status').allInnerTexts();

  /** A scanner burst into `field`: the item is in the cart, the prompt stays open with no refusal. */
  async function scanInto(dialog: () => ReturnType<Page['getByRole']>, field: string, code: string, rows: number, name: RegExp) {
    await dialog().getByLabel(field, { exact: true }).focus();
    await scan(page, code);
    await expect.poll(() => cartRows().count()).toBe(rows);
    expect(
      await cartRows()
        .nth(rows - 1)
        .innerText(),
    ).toMatch(name);
    expect(await dialog().getByRole('alert').count()).toBe(0);
    expect(await dialog().getByRole('status').innerText()).toContain(`Barcode ${code} masuk keranjang, bukan sebagai PIN`);
    expect(await dialog().getByLabel(field, { exact: true }).inputValue()).toBe('');
  }

  /** The cart as it stands paid in exact cash; the done dialog closed. */
  async function payExact() {
    await page.keyboard.press('F10');
    await payDialog().waitFor();
    await page.keyboard.press('F2');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Transaksi selesai' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => cartRows().count()).toBe(0);
  }

  it('void: a scan into the PIN goes to the cart, then the PIN voids the sale', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cartRows().count()).toBe(0);
    await page.keyboard.press('Alt+V');
    await voidDialog().waitFor();
    await page.keyboard.press('Enter');
    await voidDialog().getByLabel('Alasan').fill('Salah input barang');
    await voidDialog().getByLabel('Nama pengguna supervisor').fill(DEMO.manajer.username);
    await scanInto(voidDialog, 'PIN supervisor', DEMO.tepung, 1, /Tepung/);
    await voidDialog().getByLabel('PIN supervisor').fill(DEMO.manajer.pin);
    await voidDialog().getByRole('button', { name: 'Batalkan transaksi' }).click();
    await expect.poll(statuses).toContainEqual(expect.stringMatching(/Transaksi \S+ dibatalkan/));
    expect(await voidDialog().count()).toBe(0);
  });

  it('return: scans into the name and the PIN go to the cart, then the PIN records the return', async () => {
    await payExact();
    await page.keyboard.press('Alt+R');
    await returnDialog().waitFor();
    await page.keyboard.press('Enter');
    await returnDialog()
      .getByLabel(/^Jumlah retur Tepung/)
      .fill('1');
    await returnDialog().getByLabel('Alasan').fill('Kemasan sobek');
    await scanInto(returnDialog, 'Nama pengguna supervisor', DEMO.minyak, 1, /Minyak/);
    await returnDialog().getByLabel('Nama pengguna supervisor').fill(DEMO.manajer.username);
    await scanInto(returnDialog, 'PIN supervisor', DEMO.beras, 2, /Beras/);
    await returnDialog().getByLabel('PIN supervisor').fill(DEMO.manajer.pin);
    await returnDialog().getByRole('button', { name: 'Simpan retur' }).click();
    await expect.poll(statuses).toContainEqual(expect.stringMatching(/Retur \S+ dicatat/));
  });

  it('buku kas (Alt+K): a scan into the PIN goes to the cart and records no money, then the PIN saves it', async () => {
    await page.keyboard.press('Alt+K');
    await kasDialog().waitFor();
    await kasDialog().getByLabel('Kategori').selectOption('6104');
    await kasDialog().getByLabel('Catatan').fill('Ongkos angkut galon');
    await kasDialog().getByLabel('Jumlah (Rp)').fill('150000');
    await kasDialog().getByLabel('Nama pengguna supervisor').fill(DEMO.manajer.username);
    await scanInto(kasDialog, 'PIN supervisor', DEMO.gula, 3, /Gula/);
    await kasDialog().getByLabel('PIN supervisor').fill(DEMO.manajer.pin);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => kasDialog().count()).toBe(0);
    await expect.poll(statuses).toContainEqual(expect.stringMatching(/Kas keluar Rp\s?150\.000 dicatat/));
  });
});
