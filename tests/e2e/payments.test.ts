// Pembulatan and QRIS at the counter (issue 15, items 7 and 9), in real Chromium against `npm run
// serve` with the demo outlet and a virtual printer on a real TCP socket: a weighed sale paid in
// cash shows and prints its rounding and the Z report balances; QRIS shows the dynamic QR for the
// amount, refuses to finish without the reference, and a barcode scanned into that field is an item.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { CatalogItem, LookupResult } from '../../shared/api/catalog';
import type { ShiftInfo, ZReport } from '../../shared/api/shifts';
import type { SaleResult } from '../../shared/api/sales';
import { gs1CheckDigit } from '../../shared/barcode';
import { formatRupiah as rp, lineTotal } from '../../shared/money';
import { roundCash } from '../../shared/payments/cashRounding';
import { dynamicQris } from '../../shared/payments/qris';
import type { VirtualPrinter } from '../../drivers/virtualPrinter/server';
import { apiAs, type ApiCall } from './support/api';
import { launchBrowser, loginAs, scan, type TestBrowser } from './support/browser';
import { DEMO, PUBLISHED_QRIS as QRIS } from './support/demo';
import { attachVirtualPrinter } from './support/printer';
import { startServeHost, type ServeHost } from './support/serveHost';

vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

const TERMINAL = 'E2E-PAY';
const RULE = { unit: 100, mode: 'down' } as const;
/** The scale's label for 0,625 kg of telur (prefix 20, item 00101, grams 00625). */
const TELUR_LABEL = `200010100625${gs1CheckDigit('200010100625')}`;

let host: ServeHost;
let browser: TestBrowser;
let printer: VirtualPrinter;
let page: Page;
let admin: ApiCall;
let telur: CatalogItem;
let minyak: CatalogItem;
let gula: CatalogItem;

const cartRows = () => page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr');
const payDialog = () => page.getByRole('dialog', { name: 'Pembayaran' });
const doneDialog = () => page.getByRole('dialog', { name: 'Transaksi selesai' });

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  printer = await attachVirtualPrinter(host.url, DEMO.admin);
  admin = await apiAs(host.url, DEMO.admin.username, DEMO.admin.pin);
  await admin('payments.saveRounding', { rule: RULE });
  await admin('payments.saveQris', { payload: QRIS });
  const item = async (code: string) => (await admin<LookupResult>('catalog.lookup', { code })).item;
  telur = await item(TELUR_LABEL);
  minyak = await item(DEMO.minyak);
  gula = await item(DEMO.gula);
  page = await browser.newPage({ terminal: TERMINAL });
  await loginAs(page, host.url, DEMO.kasir.username, DEMO.kasir.pin);
  await page.getByLabel('Modal awal (Rp)').fill('100000');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Status kasir' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await printer?.close();
  await host?.stop();
});

describe('pembulatan on a weighed sale paid in cash', () => {
  it('shows the rounded amount, prints "Pembulatan" on the struk, and the Z report balances', async () => {
    const goods = lineTotal(telur.price!, 625);
    const due = roundCash(goods, RULE);
    expect(goods % 100).not.toBe(0);
    await scan(page, TELUR_LABEL);
    await expect.poll(() => cartRows().count()).toBe(1);
    await page.keyboard.press('F10');
    await payDialog().waitFor();
    await expect.poll(() => payDialog().getByLabel('Pembulatan').innerText()).toBe(`Pembulatan ${rp(due - goods)} · bayar tunai ${rp(due)}`);
    await page.getByLabel('Uang tunai diterima').fill('20000');
    await expect.poll(() => payDialog().getByLabel('Kembalian').innerText()).toBe(rp(20_000 - due));
    const printed = printer.nextJob();
    await page.keyboard.press('Enter');
    await doneDialog().waitFor();
    expect(await doneDialog().getByLabel('Kembalian').innerText()).toBe(rp(20_000 - due));

    const paper = (await printed).lines.join('\n');
    expect(paper).toMatch(new RegExp(`Pembulatan\\s+${rp(due - goods).replace('.', '\\.')}`));
    expect(paper).toMatch(new RegExp(`TOTAL BAYAR\\s+${rp(due).replace('.', '\\.')}`));

    const shift = (await admin<ShiftInfo | null>('shifts.current', { terminal: TERMINAL }))!;
    const z = await admin<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(z.rounding.net).toBe(due - goods);
    expect(z.cash.expected).toBe(100_000 + due);
    expect(z.netSales + z.rounding.net).toBe(z.sales.byMethod.cash + z.sales.byMethod.qris + z.sales.byMethod.transfer);
    const zPaper = printer.nextJob();
    await admin('print.zReport', { shiftId: shift.shiftId });
    expect((await zPaper).lines.join('\n')).toMatch(new RegExp(`Pembulatan\\s+${rp(due - goods).replace('.', '\\.')}`));
    await page.keyboard.press('Escape');
  });
});

describe('QRIS', () => {
  it('shows the dynamic QR with the amount and says it cannot confirm by itself; no reference, no sale', async () => {
    await expect.poll(() => doneDialog().count()).toBe(0);
    await scan(page, DEMO.minyak);
    await expect.poll(() => cartRows().count()).toBe(1);
    await page.keyboard.press('F10');
    await payDialog().waitFor();
    await page.keyboard.press('F6');
    const qr = payDialog().getByRole('img', { name: `QR QRIS untuk ${rp(minyak.price!)}` });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await payDialog().innerText()).toContain('Tidak ada sambungan ke bank atau penyedia pembayaran');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Nomor referensi');
    await page.keyboard.press('Enter');
    await expect.poll(() => payDialog().getByRole('alert').innerText()).toBe('Nomor referensi QRIS wajib diisi.');
    expect(await doneDialog().count()).toBe(0);
  });

  it('takes a barcode scanned into the reference field as an item, never as the reference', async () => {
    await scan(page, DEMO.gula);
    await expect.poll(() => payDialog().count()).toBe(0);
    await expect.poll(() => cartRows().count()).toBe(2);
    expect(await doneDialog().count()).toBe(0);
    // Paying again shows a new QR for the new total.
    await page.keyboard.press('F10');
    await payDialog().waitFor();
    await page.keyboard.press('F6');
    const amount = minyak.price! + gula.price!;
    await payDialog()
      .getByRole('img', { name: `QR QRIS untuk ${rp(amount)}` })
      .waitFor();
    // The same QR on paper for the buyer: the dynamic payload with the amount in tag 54.
    const slip = printer.nextJob();
    await payDialog().getByRole('button', { name: 'Cetak QR untuk pembeli' }).click();
    const slipJob = await slip;
    expect(slipJob.lines.join('\n')).toContain('BAYAR DENGAN QRIS');
    expect(slipJob.qrcodes).toEqual([dynamicQris(QRIS, amount)]);
    expect(slipJob.pulses).toEqual([]);
    await payDialog().getByLabel('Nomor referensi').focus();
    // Typed by a person (the wedge detector takes a fast burst ending in Enter for a scanner).
    await page.keyboard.type('RRN240901', { delay: 80 });
    await page.keyboard.press('Enter');
    await expect.poll(() => payDialog().getByRole('list', { name: 'Pembayaran non-tunai' }).innerText()).toContain('ref RRN240901');
    const printed = printer.nextJob();
    await page.keyboard.press('Enter');
    await doneDialog().waitFor();
    const receiptNo = /No\. struk (\S+-\d{8}-\d+)/.exec(await doneDialog().innerText())![1]!;
    const sale = await admin<SaleResult>('sales.byReceipt', { receiptNo });
    expect(sale).toMatchObject({ total: amount, rounding: 0, change: 0, payments: [{ method: 'qris', amount, reference: 'RRN240901' }] });
    expect((await printed).lines.join('\n')).toContain('QRIS (RRN240901)');
  });
});
