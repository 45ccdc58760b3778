// Nothing waits unseen (issue 15 item 19), in real Chromium against `npm run serve` with the demo
// outlet enrolled with a pusat that is offline (its sync_state row points at a port nobody listens
// on): the top bar counts the unacknowledged sale and says since when, Keluar says so and offers
// to wait, and the Z report closes over it only with a manajer's approval and reason (a barcode
// scanned into the manajer's PIN goes to the cart meanwhile, never sent as a PIN).
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, loginAs, scan, type TestBrowser } from './support/browser';
import { DEMO } from './support/demo';
import { startServeHost, type ServeHost } from './support/serveHost';

vi.setConfig({ expect: { poll: { timeout: 30_000 } } });

let host: ServeHost;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  // Enrolled earlier and everything so far acknowledged; now the pusat cannot be reached.
  const db = new Database(host.dbFile);
  const seq = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM outbox').pluck().get() as number;
  db.prepare(
    "INSERT INTO sync_state (id, central_url, outlet_id, koperasi_id, kota, enrolled_at, acked_seq) VALUES (1, 'http://127.0.0.1:9', 'o-1', 'k-1', 'Balikpapan', '2026-01-01T00:00:00Z', ?)",
  ).run(seq);
  db.close();
  page = await browser.newPage({ terminal: 'E2E-UNSENT' });
  await loginAs(page, host.url, DEMO.kasir.username, DEMO.kasir.pin);
  await page.getByLabel('Modal awal (Rp)').fill('100000');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Status kasir' }).waitFor();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('sales the pusat has not acknowledged', () => {
  it('shows how many and since when, and Keluar offers to wait', async () => {
    await scan(page, DEMO.gula);
    await expect.poll(() => page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr').count()).toBe(1);
    await page.keyboard.press('F10');
    await page.getByRole('dialog', { name: 'Pembayaran' }).waitFor();
    await page.keyboard.press('F2'); // exact cash
    await page.keyboard.press('Enter');
    const done = page.getByRole('dialog', { name: 'Transaksi selesai' });
    await done.waitFor();
    await page.keyboard.press('Escape');

    const badge = page.getByRole('status', { name: 'Belum diterima pusat' });
    await expect.poll(() => badge.innerText()).toMatch(/1 penjualan belum diterima pusat sejak \S+ \d{2}[:.]\d{2} WITA/);

    await page.getByRole('button', { name: 'Keluar' }).click();
    const warning = page.getByRole('dialog', { name: 'Data belum diterima pusat' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Data tetap aman di komputer ini');
    await warning.getByRole('button', { name: /Tunggu dulu/ }).click();
    await expect.poll(() => warning.count()).toBe(0);
    // Still logged in: waiting kept the session.
    expect(await page.getByRole('button', { name: 'Keluar' }).count()).toBe(1);
  });

  it('the Z report refuses to close over it until a manajer approves with a reason', async () => {
    await page.keyboard.press('Alt+T');
    const count = page.getByRole('dialog', { name: 'Tutup shift — hitung uang di laci' });
    await count.waitFor();
    await expect.poll(() => count.innerText()).toMatch(/1 penjualan belum diterima pusat/);
    await count.getByLabel(/Jumlah lembar Rp100\.000/).fill('1');
    await count.getByRole('button', { name: 'Periksa & tutup shift' }).click();
    const confirm = page.getByRole('dialog', { name: 'Tutup shift — periksa sebelum menutup' });
    await confirm.getByRole('button', { name: 'Ya, tutup shift & cetak laporan Z' }).click();
    await expect.poll(() => confirm.getByRole('alert').innerText()).toMatch(/1 penjualan shift ini belum diterima pusat/);
    expect(await page.getByRole('dialog', { name: /Laporan Z/ }).count()).toBe(0);

    await confirm.getByLabel('Nama pengguna manajer').fill(DEMO.manajer.username);
    // A scanner burst into the manajer's PIN: the item goes to the cart, never sent as a PIN.
    const refusal = await confirm.getByRole('alert').innerText();
    await confirm.getByLabel('PIN manajer').focus();
    await scan(page, DEMO.tepung);
    await expect.poll(() => page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Daftar belanja' }).locator('tbody tr').innerText()).toMatch(/Tepung/);
    expect(await confirm.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining(`Barcode ${DEMO.tepung} masuk keranjang`));
    expect(await confirm.getByRole('alert').innerText()).toBe(refusal);
    expect(await confirm.getByLabel('PIN manajer').inputValue()).toBe('');
    expect(await page.getByRole('dialog', { name: /Laporan Z/ }).count()).toBe(0);
    await confirm.getByLabel('PIN manajer').fill(DEMO.manajer.pin);
    await confirm.getByLabel('Alasan menutup tanpa menunggu pusat').fill('internet gerai mati sejak siang');
    await confirm.getByRole('button', { name: 'Ya, tutup shift & cetak laporan Z' }).click();
    const z = page.getByRole('dialog', { name: /Laporan Z/ });
    await z.waitFor();
    // Item 10 on screen: the LPG block is part of the Z report.
    await z.getByRole('table', { name: 'LPG 3 kg di shift ini' }).waitFor();
    const db = new Database(host.dbFile, { readonly: true });
    const audited = db.prepare("SELECT details FROM audit_log WHERE action = 'shift.close.unsent_override'").pluck().get() as string;
    db.close();
    expect(JSON.parse(audited)).toMatchObject({ unsentSales: 1, reason: 'internet gerai mati sejak siang' });
  });
});
