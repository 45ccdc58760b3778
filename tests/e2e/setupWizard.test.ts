// First run in real Chromium against `npm run serve` on an empty database: the setup wizard
// instead of a silent admin/123456, then the admin it created is logged in.
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, type TestBrowser } from './support/browser';
import { startServeHost, type ServeHost } from './support/serveHost';

let browser: TestBrowser;
let host: ServeHost | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await host?.stop();
  host = null;
});
afterAll(async () => {
  await browser?.close();
});

describe('first run: setup wizard', () => {
  it('sets up the outlet, the admin PIN and the printer, and logs the admin in', async () => {
    host = await startServeHost({ demo: false });
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Siapkan Kasir KKMP' }).waitFor();
    await page.getByLabel('Kode penyiapan').fill(await host.setupCode());
    await page.getByRole('button', { name: 'Siapkan gerai baru' }).click();

    await page.getByLabel('Kode gerai').fill('gsm01');
    await page.getByLabel('Nama gerai').fill('KKMP Gunung Samarinda');
    await page.getByLabel('Alamat').fill('Jl. Soekarno-Hatta Km 5, Balikpapan');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByLabel('Nama lengkap').fill('Rahmat Hidayat');
    await page.getByLabel('PIN admin').fill('482915');
    await page.getByLabel('Ulangi PIN').fill('482916');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('PIN dan ulangan PIN tidak sama.');
    await page.getByLabel('Ulangi PIN').fill('482915');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByLabel('Jenis sambungan printer').selectOption('tcp');
    await page.getByLabel('Alamat printer').fill('192.168.1.50:9100');
    await page.getByLabel('Lebar kertas').selectOption('80');
    await page.getByLabel('Model printer').selectOption({ label: 'Xprinter XP-T80Q' });
    await page.getByRole('button', { name: 'Selesai' }).click();

    await expect(page.getByLabel('Pengguna', { exact: true }).textContent()).resolves.toMatch(/Rahmat Hidayat · Admin/);
    const printer = await page.evaluate(async () => {
      const token = localStorage.getItem('kkmp.session');
      const r = await fetch('/api/printer.config.get', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      });
      return ((await r.json()) as { result: { uri: string; width: number; model: string } }).result;
    });
    expect(printer).toMatchObject({ uri: 'tcp://192.168.1.50:9100', width: 80, model: 'xprinter-xp-t80q' });
    await page.getByRole('button', { name: 'Keluar' }).click();
    // The wizard is gone for good: next time it is the login screen.
    await page.reload();
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Siapkan Kasir KKMP' }).count()).toBe(0);
    // A real outlet's login never lists demo PINs.
    expect(await page.getByRole('table', { name: 'Pengguna demo' }).count()).toBe(0);
    await loginAs(page, host.url, 'admin', '482915');
  }, 90_000); // a serve host takes 15-25 s to start on a loaded machine

  it('first start from an empty data folder: the wizard, then "Coba dengan data contoh" lands on a login that shows the demo PINs', async () => {
    host = await startServeHost({ dataDirOnly: true });
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Siapkan Kasir KKMP' }).waitFor();
    await page.getByLabel('Kode penyiapan').fill(await host.setupCode());
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    // The login screen, not a session: the demo users and their PINs beside the PIN form.
    const users = page.getByRole('table', { name: 'Pengguna demo' });
    await users.waitFor({ timeout: 200_000 });
    await page.getByRole('button', { name: 'Masuk', exact: true }).waitFor();
    await expect(users.textContent()).resolves.toMatch(/kasir.*PIN 1111/);
    await expect(users.textContent()).resolves.toMatch(/manajer.*PIN 222222/);
    expect(await page.getByRole('button', { name: 'Keluar' }).count()).toBe(0);
    // The database was made where a new user's `npm run serve` makes it: in the data folder.
    expect(existsSync(host.dbFile)).toBe(true);

    await page.getByRole('button', { name: 'Pakai akun admin' }).click();
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByLabel('Pengguna', { exact: true }).textContent()).resolves.toMatch(/Admin Gerai · Admin/);
    // Logged out, the login still shows the PINs to the next person trying the demo.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('button', { name: 'Pakai akun kasir', exact: true }).click();
    await expect(page.getByLabel('PIN', { exact: true }).inputValue()).resolves.toBe('1111');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByLabel('Pengguna', { exact: true }).textContent()).resolves.toMatch(/Sari Wulandari · Kasir/);
  }, 240_000); // the demo outlet is a month of selling written through the real services (~25 s on a loaded machine)
  // the demo outlet is a month of selling written through the real services (~25 s on a loaded machine)
});
