// The manager calibrates the receipt printer in real Chromium against a real serve host and a
// virtual printer on a real TCP socket: prints the calibration page, answers what came out, saves;
// the next struk follows the answers (42 columns in font B, the QR as an image, no cut).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VirtualPrinter } from '../../drivers/virtualPrinter/server';
import { apiAs } from './support/api';
import { launchBrowser, loginAs, type TestBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { attachVirtualPrinter } from './support/printer';
import { startServeHost, type ServeHost } from './support/serveHost';

let host: ServeHost;
let browser: TestBrowser;
let printer: VirtualPrinter;

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  printer = await attachVirtualPrinter(host.url, DEMO.admin);
});
afterAll(async () => {
  await browser?.close();
  await printer?.close();
  await host?.stop();
});

describe('printer calibration in the back office', () => {
  it('prints the calibration page, saves the answers, and the profile shapes the next print', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await loginAs(page, host.url, 'manajer', '222222');
    await page.getByRole('link', { name: 'Printer & kalibrasi' }).click();
    const next = printer.nextJob();
    await page.getByRole('button', { name: 'Cetak halaman kalibrasi' }).click();
    const calibration = await next;
    expect(calibration.lines.map((l) => l.trim())).toContain('KASIR KKMP - KALIBRASI PRINTER');
    expect(calibration.qrcodes).toHaveLength(1);
    // 3b the QR as an image and 4b the barcode as an image, beside the native 3a and 4a.
    expect(calibration.items.filter((i) => i.kind === 'image')).toHaveLength(2);
    expect(calibration.barcodes).toHaveLength(1);

    const form = page.getByRole('form', { name: 'Hasil halaman kalibrasi' });
    await form.getByRole('radio', { name: 'Ya, pakai huruf B' }).check();
    await form.getByLabel('2. Baris contoh code page yang benar').selectOption('cp858');
    await form.getByRole('radio', { name: '3b hanya gambar' }).check();
    await form.getByRole('radio', { name: '4b hanya gambar' }).check();
    await form.getByRole('radio', { name: 'Tidak ada pemotong' }).check();
    await form.getByRole('button', { name: 'Simpan profil printer' }).click();
    await form.getByRole('status').filter({ hasText: 'Profil printer tersimpan.' }).waitFor();
    // The saved profile is read back from the host after the save.
    await page
      .getByLabel('Profil tersimpan')
      .filter({ hasText: /42 kolom \(huruf B\), QR gambar, barcode gambar/ })
      .waitFor();

    const api = await apiAs(host.url, 'manajer', '222222');
    const test = printer.nextJob();
    await api('print.testPage');
    const job = await test;
    expect(job.lines).toContain('----+----1----+----2----+----3----+----4--');
    expect(job.qrcodes).toEqual([]);
    // No GS k any more: the test page's EAN-13 and its QR both come as images.
    expect(job.barcodes).toEqual([]);
    expect(job.items.filter((i) => i.kind === 'image')).toHaveLength(2);
    expect(job.cuts).toBe(0);
  });
});
