// The back-office member and SHU screens in real Chromium against a real serve host: register a
// member (NIK shown masked), take a sukarela deposit, compute and approve the SHU.
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

describe('office: members and SHU', () => {
  it('registers a member, takes simpanan, and approves a SHU run', async () => {
    const page = await browser.newPage();
    page.on('dialog', (d) => void d.accept());
    await loginAs(page, host.url, 'admin', '123456');
    await page.goto(`${host.url}/#/office/members`);
    await page.getByRole('button', { name: 'Anggota baru' }).click();
    const form = page.getByRole('form', { name: 'Anggota baru' });
    await form.getByLabel('Nama').fill('Siti Uji Coba');
    await form.getByLabel('NIK').fill('6471054508900003');
    await form.getByRole('button', { name: 'Simpan' }).click();
    const panel = page.getByRole('region', { name: 'Simpanan anggota' });
    await expect(panel.textContent()).resolves.toContain('****0003');
    await expect(panel.textContent()).resolves.not.toContain('6471054508900003');
    await panel.getByRole('row', { name: /Simpanan pokok\s*Rp50\.000/ }).waitFor();
    await panel.getByLabel('Sukarela (Rp)').fill('25.000');
    await panel.getByRole('button', { name: 'Setor' }).click();
    await panel.getByRole('status').waitFor();
    await expect(panel.getByRole('status').textContent()).resolves.toMatch(/-SP-\d{8}-\d{4} Rp25\.000/);
    await panel.getByRole('button', { name: 'Tarik' }).click();
    await panel.getByRole('alert').waitFor();
    await expect(panel.getByRole('alert').textContent()).resolves.toContain('Isi jumlah rupiah');

    await page.goto(`${host.url}/#/office/shu`);
    await page.getByLabel('SHU tahun berjalan (Rp)').fill('10.000.000');
    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    const result = page.getByRole('region', { name: 'Hasil SHU' });
    await result.getByRole('heading', { name: /draf/ }).waitFor();
    await expect(result.getByRole('table', { name: 'Alokasi' }).textContent()).resolves.toContain('Rp10.000.000');
    await result.getByRole('button', { name: 'Setujui & bekukan' }).click();
    await result.getByRole('heading', { name: /disetujui/ }).waitFor();
    await page.close();
  });
});
