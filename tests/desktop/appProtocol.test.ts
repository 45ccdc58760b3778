import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../electron/host/desktop/appProtocol';
import { isAppUrl } from '../../electron/host/desktop/appOrigin';

const base = mkdtempSync(join(tmpdir(), 'kkmp-app-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'main-abc.js'), 'export {}');
writeFileSync(join(base, 'secret.txt'), 'NIK key');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol handler (Electron mocked: the pure resolver behind protocol.handle)', () => {
  it('serves the renderer files with their content type', () => {
    expect(resolveAppPath(root, 'app://pos/assets/main-abc.js')).toEqual({
      ok: true,
      file: join(root, 'assets', 'main-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppPath(root, 'app://pos/')).toMatchObject({ ok: true, file: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
  });

  it('falls back to index.html for client-side routes, not for missing assets', () => {
    expect(resolveAppPath(root, 'app://pos/office/kartu-stok?sku=GULA1')).toMatchObject({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://pos/assets/missing.js')).toMatchObject({ ok: true, file: join(root, 'assets', 'missing.js') });
  });

  it.each([
    ['dot-dot segments', 'app://pos/../secret.txt'],
    ['dot-dot in the middle', 'app://pos/assets/../../secret.txt'],
    ['encoded dots', 'app://pos/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', 'app://pos/%2E%2e/%2e%2E/secret.txt'],
    ['encoded slash', 'app://pos/..%2fsecret.txt'],
    ['encoded backslash', 'app://pos/..%5csecret.txt'],
    ['backslashes', 'app://pos/..\\..\\secret.txt'],
    ['absolute path after the host', 'app://pos//etc/passwd'],
    ['encoded absolute path', 'app://pos/%2fetc%2fpasswd'],
    ['Windows drive path', 'app://pos/C:/Windows/win.ini'],
    ['NUL byte', 'app://pos/index.html%00.js'],
    ['double-encoded dots', 'app://pos/%252e%252e/secret.txt'],
  ])('never leaves the renderer folder: %s', (_name, url) => {
    const r = resolveAppPath(root, url);
    if (r.ok) {
      expect(r.file.startsWith(root + '/')).toBe(true);
      expect(r.file).not.toBe(join(base, 'secret.txt'));
    } else {
      expect([400, 403]).toContain(r.status);
    }
  });

  it('refuses explicit traversal outright instead of silently serving something else', () => {
    expect(resolveAppPath(root, 'app://pos/..%2fsecret.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://pos/..\\..\\secret.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://pos/C:/Windows/win.ini')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://pos/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('answers only for app://pos', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://user:pw@pos/')).toEqual({ ok: false, status: 403 });
  });

  it('recognises the app origin by protocol and host, since URL.origin is "null" for app:', () => {
    expect(new URL('app://pos/').origin).toBe('null');
    expect(isAppUrl('app://pos/index.html')).toBe(true);
    expect(isAppUrl('app://pos.evil/')).toBe(false);
    expect(isAppUrl('app://evil/')).toBe(false);
    expect(isAppUrl('https://pos/')).toBe(false);
    expect(isAppUrl('app://user@pos/')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
