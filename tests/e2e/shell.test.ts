// The app shell in real Chromium against a real serve host: PIN login, wrong PIN in words,
// language switch remembered, session kept across a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('app shell', () => {
  it('refuses a wrong PIN with a message, then logs in and keeps the session across a reload', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('PIN', { exact: true }).fill('999999');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/PIN salah/);

    await loginAs(page, host.url, 'admin', '123456');
    await expect(page.getByLabel('Pengguna').textContent()).resolves.toMatch(/Admin/);
    await page.reload();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();

    await page.getByRole('button', { name: /Ganti bahasa/ }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await page.close();
  });
});
