// The manager's security screen and the back-off banner in real Chromium against a real serve
// host: wrong PINs sent over HTTP raise a banner on the manager's screen (who, where, until when)
// that the manager marks as read; a pairing code is created and shown; the NIK key is exported
// under a passphrase (a weak one refused in words) and the downloaded file is the wrapped key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

async function wrongPin(username: string): Promise<void> {
  await fetch(`${host.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, pin: '9999' }),
  });
}

describe('security screen (Chromium, real serve host)', () => {
  it('shows a PIN back-off to the manager until read, creates a pairing code, exports the wrapped key', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await loginAs(page, host.url, 'manajer', '222222');
    await page.getByRole('link', { name: 'Keamanan' }).click();

    // someone guesses the kasir's PIN at this till
    for (let i = 0; i < 5; i++) await wrongPin('kasir');
    const alerts = page.getByRole('region', { name: 'Peringatan PIN salah' });
    await expect(alerts.getByRole('alert').first().textContent()).resolves.toMatch(/PIN salah untuk "kasir" dari .+; ditahan sampai \d/);
    const read = alerts.getByRole('button', { name: /Tandai peringatan kasir sudah dibaca/ });
    const count = await read.count();
    await read.first().click();
    await expect.poll(() => read.count()).toBe(count - 1);

    await page.getByRole('button', { name: 'Buat kode pemasangan' }).click();
    await expect(page.getByLabel('Kode pemasangan').textContent()).resolves.toMatch(/^\d{4} \d{4} · berlaku sampai /);

    const form = page.getByRole('form', { name: 'Ekspor kunci NIK' });
    await form.getByLabel('Kata sandi', { exact: true }).fill('gerai123');
    await form.getByLabel('Ulangi kata sandi').fill('gerai123');
    await form.getByRole('button', { name: 'Ekspor kunci' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/terlalu lemah/);
    await form.getByLabel('Kata sandi', { exact: true }).fill('kopi pagi di gerai merah putih');
    await form.getByLabel('Ulangi kata sandi').fill('kopi pagi di gerai merah putih');
    const downloading = page.waitForEvent('download');
    await form.getByRole('button', { name: 'Ekspor kunci' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kkmp-kunci-.+\.kkmpkey$/);
    const file = join(host.dir, 'kunci.kkmpkey');
    await download.saveAs(file);
    const wrapped = JSON.parse(readFileSync(file, 'utf8')) as { format: string; kdf: { name: string } };
    expect(wrapped).toMatchObject({ format: 'kasir-kkmp-nik-key/1', kdf: { name: 'scrypt' } });
    await page.close();
  }, 120_000);
});
