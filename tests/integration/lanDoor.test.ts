// LAN mode over a real TLS socket: the certificate's fingerprint is what the console shows, an
// unpaired device (a non-loopback address) gets only the pairing page, a code from the manager
// pairs it once; the event stream needs a session and filters by role and till; idle sessions end
// (issue 16, items 3 and 5).
import type { Server } from 'node:http';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp } from '../../electron/host/http/server';
import { lanCertificate } from '../../tls/selfSignedCertificate';
import { putSetting } from '../../electron/services/settings/settings';
import { openTempHost, addUser, type TempHost } from '../support/tempHost';
import { postApi, raw } from '../support/rawHttp';

// A second address of this machine, so requests really come from "another device" on the LAN.
const lanAddress = Object.values(networkInterfaces())
  .flatMap((l) => l ?? [])
  .find((a) => a.family === 'IPv4' && !a.internal)?.address;

let h: TempHost;
let server: Server;
let base: string;
let fingerprint: string;
let certDir: string;

beforeAll(async () => {
  h = openTempHost();
  addUser(h, 'sari', 'kasir', '1111');
  addUser(h, 'hendra', 'manajer', '444444');
  certDir = mkdtempSync(join(tmpdir(), 'kkmp-cert-'));
  const certificate = await lanCertificate(certDir);
  fingerprint = certificate.fingerprint;
  ({ server, url: base } = await startHttp(h, { port: 0, hostname: '0.0.0.0', lan: certificate }));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  h.dispose();
  rmSync(certDir, { recursive: true, force: true });
});

const token = async (username: string, pin: string) =>
  (await postApi(base, 'auth.login', { username, pin })).json<{ result: { token: string } }>().result.token;

describe('LAN mode', () => {
  it('speaks only TLS, with the certificate made at the first start (owner-only files) and its fingerprint', async () => {
    expect(base).toMatch(/^https:\/\//);
    const answer = await raw(`${base}/api/auth.me`, { method: 'POST', headers: { host: new URL(base).host, 'content-type': 'application/json' }, body: '{}' });
    expect(answer.fingerprint).toBe(fingerprint);
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(statSync(join(certDir, 'lan-tls-key.pem')).mode & 0o777).toBe(0o600);
    // made once: the second start keeps the same certificate, so paired devices keep trusting it
    expect((await lanCertificate(certDir)).fingerprint).toBe(fingerprint);
  });

  it.skipIf(!lanAddress)("an unpaired device gets only the pairing page; the manager's code pairs it once", async () => {
    const remote = `https://${lanAddress}:${new URL(base).port}`;
    const host = new URL(remote).host;
    const asDevice = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
      raw(`${remote}${path}`, { ...init, headers: { host, ...init.headers } });
    expect((await asDevice('/')).headers.location).toBe('/pair');
    expect(
      (await asDevice('/api/auth.login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"sari","pin":"1111"}' })).json()
        .error?.code,
    ).toBe('DEVICE_NOT_PAIRED');
    const pairPage = await asDevice('/pair');
    expect(pairPage.text).toContain(fingerprint);

    const manajer = await token('hendra', '444444');
    const { code } = (await postApi(base, 'devices.pairingCode', {}, { authorization: `Bearer ${manajer}` })).json<{ result: { code: string } }>().result;
    const form = (c: string) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: remote },
      body: `code=${c}&name=Kasir+2`,
    });
    expect((await asDevice('/pair', form('00000000'))).status).toBe(400);
    const paired = await asDevice('/pair', form(code));
    expect(paired.status).toBe(303);
    const cookie = String(paired.headers['set-cookie']).split(';')[0]!;
    expect(String(paired.headers['set-cookie'])).toMatch(/HttpOnly; Secure; SameSite=Strict/);
    const login = await asDevice('/api/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"username":"sari","pin":"1111"}',
    });
    expect(login.json().ok).toBe(true);
    // the code was for one device only
    expect((await asDevice('/pair', form(code))).status).toBe(400);
    // revoked, the device is back to the pairing page
    const devices = (await postApi(base, 'devices.list', {}, { authorization: `Bearer ${manajer}` })).json<{ result: { id: string }[] }>().result;
    await postApi(base, 'devices.revoke', { deviceId: devices[0]!.id }, { authorization: `Bearer ${manajer}` });
    expect((await asDevice('/', { headers: { cookie } })).headers.location).toBe('/pair');
  });
});

describe('event stream', () => {
  it('needs a session; sales go to the office roles only; a scan only to its own till', async () => {
    expect((await raw(`${base}/api/events`, { headers: { host: new URL(base).host } })).status).toBe(401);
    const kasir = await listen(await token('sari', '1111'));
    const manajer = await listen(await token('hendra', '444444'));
    h.events.publish({ type: 'sale.committed', payload: { saleId: 's1', receiptNo: 'GI-1' } });
    h.events.publish({ type: 'scan', payload: { code: '8991234567895', source: 'hid', terminal: 'another-till' } });
    h.events.publish({ type: 'scan', payload: { code: '8990000000017', source: 'hid' } });
    h.events.publish({ type: 'catalog.changed', payload: {} });
    await new Promise((r) => setTimeout(r, 300));
    kasir.stop();
    manajer.stop();
    expect(kasir.events()).toEqual(['scan:8990000000017', 'catalog.changed']);
    expect(manajer.events()).toEqual(['sale.committed', 'scan:8990000000017', 'catalog.changed']);
  });

  it('a session idle longer than auth.idle_minutes ends', async () => {
    putSetting(h.core, 'auth.idle_minutes', '2000-01-01', 30, null);
    const t = await token('sari', '1111');
    h.clock.now = new Date(h.clock.now.getTime() + 29 * 60_000);
    expect((await postApi(base, 'auth.me', {}, { authorization: `Bearer ${t}` })).json().result).toMatchObject({ username: 'sari' });
    h.clock.now = new Date(h.clock.now.getTime() + 31 * 60_000);
    expect((await postApi(base, 'auth.me', {}, { authorization: `Bearer ${t}` })).json().result).toBeNull();
  });

  it('a session in use stays open: calls keep it alive, though the last-seen time is written at most once a minute', async () => {
    putSetting(h.core, 'auth.idle_minutes', '2000-01-01', 30, null);
    const t = await token('sari', '1111');
    const me = async () => (await postApi(base, 'auth.me', {}, { authorization: `Bearer ${t}` })).json().result;
    const lastSeen = () => (h.core.db.prepare('SELECT last_seen_at AS at FROM sessions WHERE token = ?').get(t) as { at: string | null }).at;
    const step = async (minutes: number) => {
      h.clock.now = new Date(h.clock.now.getTime() + minutes * 60_000);
      return me();
    };
    const first = lastSeen();
    await step(0.25);
    expect(lastSeen(), 'no write 15 s later').toBe(first);
    for (let i = 0; i < 5; i++) expect(await step(20)).toMatchObject({ username: 'sari' });
    expect(lastSeen()).not.toBe(first);
    expect(await step(31)).toBeNull();
  });
});

async function listen(t: string): Promise<{ events(): string[]; stop(): void }> {
  const controller = new AbortController();
  const seen: string[] = [];
  const { request } = await import('node:https');
  await new Promise<void>((resolve, reject) => {
    const req = request(`${base}/api/events`, { headers: { authorization: `Bearer ${t}` }, rejectUnauthorized: false, signal: controller.signal }, (res) => {
      res.on('data', (chunk: Buffer) => {
        for (const frame of chunk.toString().split('\n\n')) {
          const type = /^event: (.+)$/m.exec(frame)?.[1];
          const data = /^data: (.+)$/m.exec(frame)?.[1];
          if (type) seen.push(type === 'scan' ? `scan:${(JSON.parse(data!) as { code: string }).code}` : type);
        }
      });
      res.on('error', () => {});
      resolve();
    });
    req.on('error', (e) => (controller.signal.aborted ? undefined : reject(e)));
    req.end();
  });
  return { events: () => seen, stop: () => controller.abort() };
}
