// First run in real Chromium against `npm run serve` on an empty database: the setup wizard
// instead of a silent admin/123456, then the admin it created is logged in.
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
    await loginAs(page, host.url, 'admin', '482915');
  });

  it('"Coba dengan data contoh" opens the demo outlet and shows its PINs', async () => {
    host = await startServeHost({ demo: false });
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByLabel('Kode penyiapan').fill(await host.setupCode());
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    const users = page.getByRole('table', { name: 'Pengguna demo' });
    await users.waitFor({ timeout: 100_000 });
    await expect(users.textContent()).resolves.toMatch(/kasir.*PIN 1111/);
    await page.getByRole('button', { name: 'Masuk sebagai admin demo' }).click();
    await expect(page.getByLabel('Pengguna', { exact: true }).textContent()).resolves.toMatch(/Admin Gerai · Admin/);
  }, 120_000); // the demo outlet is a month of selling written through the real services (~25 s on a loaded machine)
});
