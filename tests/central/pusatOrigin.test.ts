// A page on another site must not drive the pusat's API through a pendamping's browser (guessing
// a password, posting with a stolen token): the browser marks such a request and the pusat refuses
// it with the door's words, before any method runs. Real pusat on real PostgreSQL, requests forged
// over a real socket with the headers a browser would send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../shared/i18n/errorMessages';
import { requirePostgres } from '../support/postgres';
import { openPusatWorld, type PusatWorld } from '../support/pusatWorld';
import { raw } from '../support/rawHttp';

const pgReady = await requirePostgres();

describe.skipIf(!pgReady)('the pusat refuses API calls another web page makes', () => {
  let w: PusatWorld;
  beforeAll(async () => {
    w = await openPusatWorld('kkmp_pusat_origin_it');
  }, 120_000);
  afterAll(async () => w?.close());

  const login = (headers: Record<string, string>) =>
    raw(`${w.url}/api/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'dinas.bpn', password: 'rahasia-dinas-1' }),
    });

  it('a login posted from another origin, or marked cross-site, is refused in words and signs nobody in', async () => {
    const forged: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of forged) {
      const r = await login(headers);
      expect(r.status).toBe(403);
      const body = r.json();
      expect(body).toEqual({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED', params: {} } });
      expect(errorText(body.error!.code, {}, 'id')).toBe('Permintaan ditolak: datang dari halaman lain, bukan dari Kasir KKMP.');
    }
  });

  it("the dashboards' own page, a reverse proxy's public name, and an outlet or script without those headers get through", async () => {
    const allowed: Record<string, string>[] = [
      { origin: w.url, 'sec-fetch-site': 'same-origin' },
      { origin: 'https://pusat.dinas.example', 'x-forwarded-host': 'pusat.dinas.example' },
      {},
    ];
    for (const headers of allowed) {
      const r = await login(headers);
      expect(r.status, JSON.stringify(headers)).toBe(200);
      expect((r.json().result as { token: string }).token).toMatch(/\S{16,}/);
    }
  });
});
