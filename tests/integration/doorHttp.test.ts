// The HTTP host's door, attacked over a real port with forged Host, Origin and content types:
// the setup takeover, DNS rebinding, body limits, bad escapes, deep nesting, schema leaks and the
// security headers (issue 16, items 1, 2 and 6).
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttp } from '../../electron/host/http/server';
import { issueSetupCode } from '../../electron/services/settings/setupCode';
import { openTempHost, addUser, type TempHost } from '../support/tempHost';
import { postApi, raw } from '../support/rawHttp';

let h: TempHost;
let server: Server;
let base: string;
let own: string;

beforeEach(async () => {
  h = openTempHost();
  ({ server, url: base } = await startHttp(h, { port: 0 }));
  own = new URL(base).host;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  h.dispose();
});

const users = () => h.core.db.prepare('SELECT COUNT(*) FROM users').pluck().get() as number;
const demoSetup = (setupCode?: string) =>
  JSON.stringify({
    mode: 'outlet',
    ...(setupCode ? { setupCode } : {}),
    outlet: { code: 'EVIL', name: 'Taken over' },
    admin: { username: 'evil', displayName: 'Evil', pin: '123456' },
  });

describe('first run cannot be taken over', () => {
  it('a text/plain POST from a foreign page (a CORS simple request) is refused and creates nobody', async () => {
    issueSetupCode(h.core);
    const foreign = await raw(`${base}/api/setup.initialize`, {
      method: 'POST',
      headers: { host: 'attacker.example', origin: 'http://attacker.example', 'content-type': 'text/plain' },
      body: demoSetup(),
    });
    expect(foreign.status).toBe(421);
    const foreignOrigin = await raw(`${base}/api/setup.initialize`, {
      method: 'POST',
      headers: { host: own, origin: 'http://attacker.example', 'content-type': 'text/plain' },
      body: demoSetup(),
    });
    expect([foreignOrigin.status, foreignOrigin.json().error?.code]).toEqual([403, 'ORIGIN_NOT_ALLOWED']);
    const plain = await raw(`${base}/api/setup.initialize`, { method: 'POST', headers: { host: own, 'content-type': 'text/plain' }, body: demoSetup() });
    expect([plain.status, plain.json().error?.code]).toEqual([415, 'CONTENT_TYPE_UNSUPPORTED']);
    expect(users()).toBe(0);
  });

  it("JSON from the host's own page still needs the one-time code from the console", async () => {
    const code = issueSetupCode(h.core)!;
    expect(code).toMatch(/^\d{4}-\d{4}$/);
    expect((await postApi(base, 'setup.initialize', JSON.parse(demoSetup()), { origin: base })).json().error?.code).toBe('SETUP_CODE_WRONG');
    expect((await postApi(base, 'setup.initialize', JSON.parse(demoSetup('1111-2222')), { origin: base })).json().error?.code).toBe('SETUP_CODE_WRONG');
    expect(users()).toBe(0);
    const done = await postApi(base, 'setup.initialize', JSON.parse(demoSetup(code)), { origin: base });
    expect(done.json()).toMatchObject({ ok: true, result: { user: { username: 'evil', role: 'admin' } } });
    expect((await postApi(base, 'auth.login', { username: 'evil', pin: '123456' })).json().ok).toBe(true);
    // the code is spent with the setup
    expect(h.core.db.prepare('SELECT COUNT(*) FROM setup_code').pluck().get()).toBe(0);
  });
});

describe('requests', () => {
  let token: string;
  beforeEach(async () => {
    addUser(h, 'sari', 'kasir', '1111');
    token = (await postApi(base, 'auth.login', { username: 'sari', pin: '1111' })).json<{ result: { token: string } }>().result.token;
  });

  it('an unknown Host is refused even with a valid token (DNS rebinding); our own names are answered', async () => {
    const rebound = await postApi(base, 'auth.me', {}, { host: 'attacker.example:80', authorization: `Bearer ${token}` });
    expect([rebound.status, rebound.json().error?.code]).toEqual([421, 'HOST_NOT_ALLOWED']);
    expect((await raw(`${base}/`, { headers: { host: 'attacker.example' } })).status).toBe(421);
    const port = new URL(base).port;
    for (const name of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await postApi(base, 'auth.me', {}, { host: name, authorization: `Bearer ${token}` })).json()).toMatchObject({
        ok: true,
        result: { username: 'sari' },
      });
    }
  });

  it('a body over the limit gets 413 JSON, a bad %-escape 400, 20,000 levels of nesting INPUT_INVALID', async () => {
    const big = await raw(`${base}/api/auth.me`, {
      method: 'POST',
      headers: { host: own, 'content-type': 'application/json' },
      body: `{"x":"${'a'.repeat(6 * 1024 * 1024)}"}`,
    });
    expect([big.status, big.json().error?.code]).toEqual([413, 'INPUT_TOO_LARGE']);
    const escape = await raw(`${base}/api/%E0%A4%A`, { method: 'POST', headers: { host: own, 'content-type': 'application/json' }, body: '{}' });
    expect([escape.status, escape.json().error?.code]).toEqual([400, 'URL_INVALID']);
    const deepText = await raw(`${base}/api/sales.commit`, {
      method: 'POST',
      headers: { host: own, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"lines":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}',
    });
    expect([deepText.status, deepText.json().error?.code]).toEqual([400, 'INPUT_INVALID']);
    // and straight into the router (the desktop bridge's path): still INPUT_INVALID, never INTERNAL
    let nested: unknown = [];
    for (let i = 0; i < 20_000; i++) nested = [nested];
    expect((await h.router.call('auth.login', { username: 'sari', pin: nested }, null)).ok).toBe(false);
    expect(await h.router.call('sales.commit', { id: nested, lines: nested }, token)).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
  });

  it('anonymous callers get AUTH_REQUIRED and no schema paths; logged-in callers get the field', async () => {
    const anonymous = await postApi(base, 'sales.commit', { lines: 'x' });
    expect(anonymous.json()).toEqual({ ok: false, error: { code: 'AUTH_REQUIRED', params: {} } });
    const known = await postApi(base, 'sales.commit', { lines: 'x' }, { authorization: `Bearer ${token}` });
    expect(known.json().error).toMatchObject({ code: 'INPUT_INVALID', params: { path: expect.any(String) } });
  });

  it('every answer carries the security headers; the renderer keeps its own CSP', async () => {
    const api = await postApi(base, 'auth.me', {});
    expect(api.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
    expect(api.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    const page = await raw(`${base}/`, { headers: { host: own } });
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('GET on a method is 405, a cross-site fetch is refused', async () => {
    expect((await raw(`${base}/api/auth.me`, { headers: { host: own } })).status).toBe(405);
    const cross = await postApi(base, 'auth.me', {}, { 'sec-fetch-site': 'cross-site' });
    expect(cross.json().error?.code).toBe('ORIGIN_NOT_ALLOWED');
  });
});
