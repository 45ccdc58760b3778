import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, rendererHeaders } from '../../electron/host/static/csp';
import { downloadAllowed, navigationAllowed, permissionAllowed } from '../../electron/host/desktop/webPolicy';
import { updateDecision, updateMessage } from '../../electron/host/desktop/updatePolicy';
import { DEFAULT_SIZE, restoreWindowState, serializeWindowState } from '../../electron/host/desktop/windowState';
import { menuTemplate, type MenuItemSpec } from '../../electron/host/desktop/menuTemplate';
import { devToolsAllowed, updateFeedUrl } from '../../electron/host/desktop/buildPolicy';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('CSP header of the renderer (Electron mocked: the header app:// and HTTP send)', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval, no remote origin', () => {
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('shuts plugins, frames, base rewriting and form posts', () => {
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) expect(d.get(name)).toEqual(["'none'"]);
  });

  it('is sent with every renderer file, with nosniff', () => {
    expect(rendererHeaders('text/html; charset=utf-8')).toMatchObject({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'content-type': 'text/html; charset=utf-8',
    });
  });
});

describe('permission and navigation policy (Electron mocked)', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'fullscreen', 'pointerLock'])(
    'denies %s, even to app://pos',
    (permission) => {
      expect(permissionAllowed(permission, 'app://pos/')).toBe(false);
    },
  );

  it('grants only persistent storage (the outbox must not be evicted), and only to app://pos', () => {
    expect(permissionAllowed('persistent-storage', 'app://pos/')).toBe(true);
    expect(permissionAllowed('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(permissionAllowed('persistent-storage', undefined)).toBe(false);
  });

  it('lets the renderer save an export it made as a blob, and nothing else downloads', () => {
    expect(downloadAllowed('blob:app://pos/5f0c8a2e-0000-4000-8000-000000000000')).toBe(true);
    expect(downloadAllowed('blob:https://evil.example/x')).toBe(false);
    expect(downloadAllowed('https://evil.example/setup.exe')).toBe(false);
    expect(downloadAllowed('data:application/octet-stream;base64,TVo=')).toBe(false);
  });

  it('keeps the main window on app://pos', () => {
    expect(navigationAllowed('app://pos/office')).toBe(true);
    expect(navigationAllowed('https://kkmp.example/')).toBe(false);
    expect(navigationAllowed('file:///etc/passwd')).toBe(false);
    expect(navigationAllowed('app://evil/')).toBe(false);
    expect(navigationAllowed('javascript:alert(1)')).toBe(false);
  });

  it('allows the dev server origin only in npm run dev', () => {
    expect(navigationAllowed('http://localhost:5173/pos', 'http://localhost:5173')).toBe(true);
    expect(navigationAllowed('http://localhost:5173/pos')).toBe(false);
    expect(navigationAllowed('http://localhost:8080/', 'http://localhost:5173')).toBe(false);
  });
});

describe('update deferral: never install during an open shift (Electron mocked: electron-updater state as data)', () => {
  it('waits while any terminal has an open shift, and says so in Bahasa Indonesia', () => {
    const d = updateDecision({ downloaded: true, openShiftTerminals: ['POS-1', 'POS-2'] });
    expect(d).toEqual({ action: 'wait', reason: 'SHIFT_OPEN', terminals: ['POS-1', 'POS-2'] });
    expect(updateMessage('0.2.0', d)).toMatch(/^Pembaruan 0\.2\.0 menunggu sampai shift ditutup \(POS-1, POS-2\)/);
  });

  it('installs once every shift is closed', () => {
    expect(updateDecision({ downloaded: true, openShiftTerminals: [] })).toEqual({ action: 'install' });
  });

  it('has nothing to do before an update is downloaded', () => {
    expect(updateDecision({ downloaded: false, openShiftTerminals: [] })).toEqual({ action: 'wait', reason: 'NO_UPDATE' });
  });
});

describe('window state (Electron mocked: displays as rectangles)', () => {
  const primary = { x: 0, y: 0, width: 1366, height: 728 };

  it('opens maximized at 1366×768 (or the screen) the first time', () => {
    expect(restoreWindowState(null, [primary])).toEqual({ bounds: { x: 0, y: 0, width: 1366, height: 728 }, maximized: true, fullScreen: false });
    expect(DEFAULT_SIZE).toEqual({ width: 1366, height: 768 });
  });

  it('reopens where it was left', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1024, height: 700 }, maximized: false, fullScreen: true };
    expect(restoreWindowState(serializeWindowState(saved), [primary])).toEqual(saved);
  });

  it('comes back to the primary screen when its monitor is gone, and ignores a damaged file', () => {
    const saved = { bounds: { x: 2000, y: 0, width: 1024, height: 700 }, maximized: false, fullScreen: false };
    expect(restoreWindowState(serializeWindowState(saved), [primary]).bounds).toEqual({ x: 171, y: 14, width: 1024, height: 700 });
    expect(restoreWindowState('{not json', [primary]).maximized).toBe(true);
    expect(restoreWindowState('{"bounds":{"x":0,"y":0,"width":10,"height":10}}', [primary]).maximized).toBe(true);
  });
});

describe('application menu', () => {
  const labels = (items: MenuItemSpec[]): string[] => items.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(i.submenu ?? [])]);

  it('is in Bahasa Indonesia, with developer tools only when unpackaged', () => {
    const all = labels(menuTemplate({ devTools: false }));
    expect(all).toEqual(expect.arrayContaining(['Berkas', 'Tampilan', 'Bantuan', 'Keluar', 'Muat ulang', 'Periksa pembaruan', 'Buka folder data']));
    expect(all).not.toContain('Alat pengembang');
    expect(labels(menuTemplate({ devTools: true }))).toContain('Alat pengembang');
  });
});

describe('build policy: devTools and the update feed', () => {
  it('allows devTools only in an unpackaged development build', () => {
    expect(devToolsAllowed({ devBuild: true, packaged: false })).toBe(true);
    expect(devToolsAllowed({ devBuild: false, packaged: false })).toBe(false); // `electron .` on a production build
    expect(devToolsAllowed({ devBuild: true, packaged: true })).toBe(false);
  });

  it('takes an https feed only', () => {
    expect(updateFeedUrl('https://updates.example.org/kasir-kkmp/')).toBe('https://updates.example.org/kasir-kkmp/');
    for (const bad of ['http://updates.example.org/', 'file:///tmp/feed', 'https://user:pw@updates.example.org/', 'updates.example.org', '', null, undefined])
      expect(updateFeedUrl(bad)).toBeNull();
  });
});
