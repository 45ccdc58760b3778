// The manager's "Sinkronisasi pusat" screen in real Chromium, against a real serve host (demo
// outlet) and a real pusat over https (its own certificate, embedded PGlite): enrol with the
// dinas's code and fingerprint, see what is pending and since when, push now, see it acknowledged.
// Expected figures come from the host's own sync.status and the pusat's facts table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCentral, type CentralHost } from '../../central/host';
import { startCentralHttp } from '../../central/http';
import { createAccount, login } from '../../central/services/accounts';
import { createEnrolmentCode } from '../../central/services/enrolment';
import { dateTime } from '../../renderer/lib/format';
import { pusatCertificate } from '../../tls/selfSignedCertificate';
import { apiAs } from './support/api';
import { launchBrowser, loginAs, type TestBrowser } from './support/browser';
import { startServeHost, type ServeHost } from './support/serveHost';

const dir = mkdtempSync(join(tmpdir(), 'kkmp-e2e-pusat-'));
let host: ServeHost;
let browser: TestBrowser;
let central: CentralHost;
let pusat: { url: string; fingerprint: string; close: () => Promise<void> };

beforeAll(async () => {
  const start = async () => {
    central = await openCentral({ pgliteDir: null });
    await central.db.tx((sql) =>
      createAccount(sql, { username: 'dinas.bpn', password: 'rahasia-dinas-1', role: 'dinas', kota: 'Balikpapan', createdBy: null }),
    );
    await central.db.query("INSERT INTO koperasi (id, name, kota, kelurahan) VALUES ('kkmp-demo', 'KKMP Demo', 'Balikpapan', 'Gunung Samarinda')");
    const cert = await pusatCertificate(dir);
    const http = await startCentralHttp(central, { port: 0, tls: cert });
    pusat = { url: http.url, fingerprint: cert.fingerprint, close: () => http.app.close() };
  };
  [host, browser] = await Promise.all([startServeHost(), launchBrowser()]);
  await start();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await pusat?.close();
  await central?.close();
  rmSync(dir, { recursive: true, force: true });
});

const centralFacts = async () => Number((await central.db.query<{ n: string }>('SELECT count(*) AS n FROM facts'))[0]!.n);

describe('the manager sync screen', () => {
  it('enrols with the code and pinned fingerprint, shows pending rows and since when, and pushes them now', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await loginAs(page, host.url, 'manajer', '222222');
    await page.getByRole('link', { name: 'Sinkronisasi pusat' }).click();

    const { user } = await login(central.db, 'dinas.bpn', 'rahasia-dinas-1', new Date());
    const { code } = await createEnrolmentCode(central.db, user, { koperasiId: 'kkmp-demo', outletName: 'Gerai Demo', validHours: 2 }, new Date());
    const form = page.getByRole('form', { name: 'Daftar ke pusat' });
    await form.getByLabel('Alamat pusat').fill(pusat.url);
    await form.getByLabel('Kode pendaftaran').fill(code);
    // A wrong fingerprint: refused in words, nothing enrolled, the form keeps what was typed.
    await form.getByLabel('Sidik jari sertifikat (SHA-256)').fill('AB:'.repeat(31) + 'AB');
    await form.getByRole('button', { name: 'Daftar' }).click();
    await form.getByRole('alert').filter({ hasText: 'bukan yang dicatat saat pendaftaran' }).waitFor();
    expect(await form.getByLabel('Kode pendaftaran').inputValue()).toBe(code);

    await form.getByLabel('Sidik jari sertifikat (SHA-256)').fill(pusat.fingerprint);
    await form.getByRole('button', { name: 'Daftar' }).click();
    const state = page.getByRole('region', { name: 'Keadaan sinkronisasi' });
    // The enrolment pushes the demo's month (about 12,000 facts) into PGlite: ~20 s, more under load.
    await state.waitFor({ timeout: 180_000 });
    const manajer = await apiAs(host.url, 'manajer', '222222');
    const enrolled = await manajer<{ outletId: string; lastSeq: number; ackedSeq: number; centralFingerprint: string }>('sync.status');
    await expect(state.getByLabel('Alamat pusat').textContent()).resolves.toBe(pusat.url);
    await expect(state.getByLabel('Terdaftar sebagai').textContent()).resolves.toBe(`${enrolled.outletId} · Balikpapan`);
    expect(enrolled.centralFingerprint).toBe(pusat.fingerprint);
    // The enrolment pushed the demo outlet's whole history: the pusat holds every fact.
    expect(await centralFacts()).toBe(enrolled.ackedSeq);

    // New facts (each sign-in is audited) wait until the next push.
    await apiAs(host.url, 'manajer', '222222');
    const waiting = await manajer<{ pending: number; pendingSince: string }>('sync.status');
    expect(waiting.pending).toBeGreaterThan(0);
    // Away and back: the screen asks the host again when it opens.
    await page.getByRole('link', { name: 'Laporan' }).click();
    await page.getByRole('link', { name: 'Sinkronisasi pusat' }).click();
    await expect(page.getByLabel('Tertunda').textContent()).resolves.toBe(`${waiting.pending} baris sejak ${dateTime(waiting.pendingSince)}`);

    await page.getByRole('button', { name: 'Kirim sekarang' }).click();
    const sentText = await page.getByRole('status').filter({ hasText: 'Terkirim' }).textContent();
    const after = await manajer<{ pending: number; ackedSeq: number; lastSeq: number; lastPushAt: string }>('sync.status');
    expect(sentText).toBe(`Terkirim ${after.ackedSeq - enrolled.ackedSeq} baris.`);
    await page.getByLabel('Tertunda').filter({ hasText: 'tidak ada, semua sudah diakui' }).waitFor();
    await page
      .getByLabel('Kirim terakhir')
      .filter({ hasText: dateTime(after.lastPushAt) })
      .waitFor();
    expect(await centralFacts()).toBe(after.ackedSeq);
  }, 420_000);
});
