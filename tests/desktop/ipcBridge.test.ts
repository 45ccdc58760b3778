import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcBridge, TOKEN_HELD_IN_MAIN, type IpcBridge } from '../../electron/host/desktop/ipcBridge';
import type { SenderInfo } from '../../electron/host/desktop/senderPolicy';
import { addUser, openTempHost, type TempHost } from '../support/tempHost';

const MAIN = 7;
const trusted: SenderInfo = { webContentsId: MAIN, frameUrl: 'app://pos/', isMainFrame: true };

describe('IPC handler wrapper (Electron mocked: senders are plain objects shaped like IpcMainInvokeEvent)', () => {
  let h: TempHost;
  let bridge: IpcBridge;
  let refused: string[];

  beforeEach(() => {
    h = openTempHost();
    addUser(h, 'siti', 'kasir', '1234');
    refused = [];
    bridge = createIpcBridge(h, { mainWebContentsId: () => MAIN }, (m) => refused.push(m));
  });
  afterEach(() => h.dispose());

  it('a trusted main-window frame logs in, and the token stays in the main process', async () => {
    const login = await bridge.call(trusted, 'auth.login', { username: 'siti', pin: '1234' });
    expect(login.ok).toBe(true);
    expect(login.ok && login.result).toMatchObject({ user: { username: 'siti', role: 'kasir' }, token: TOKEN_HELD_IN_MAIN });
    const real = h.core.db.prepare('SELECT token FROM sessions').get() as { token: string };
    expect(JSON.stringify(login)).not.toContain(real.token);
    expect(bridge.hasSession(MAIN)).toBe(true);
    expect(await bridge.call({ ...trusted, frameUrl: 'app://pos/pos/kasir' }, 'auth.me', {})).toMatchObject({ ok: true, result: { username: 'siti' } });
  });

  it('goes through the same router as HTTP: invalid input and roles are refused the same way', async () => {
    expect(await bridge.call(trusted, 'auth.login', { username: 'siti', pin: 'abc' })).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    expect(await bridge.call(trusted, 'sales.get', { saleId: '0190a0a0-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'AUTH_REQUIRED' },
    });
    expect(await bridge.call(trusted, 'no.suchMethod', {})).toMatchObject({ ok: false, error: { code: 'METHOD_UNKNOWN' } });
    expect(await bridge.call(trusted, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'METHOD_UNKNOWN' } });
    expect(await bridge.call(trusted, { toString: () => 'auth.me' }, {})).toMatchObject({ ok: false, error: { code: 'METHOD_UNKNOWN' } });
  });

  it.each([
    ['an iframe inside the main window', { webContentsId: MAIN, frameUrl: 'app://pos/frame.html', isMainFrame: false }],
    ['another window', { webContentsId: 8, frameUrl: 'app://pos/', isMainFrame: true }],
    ['the main window after navigating away', { webContentsId: MAIN, frameUrl: 'https://evil.example/', isMainFrame: true }],
    ['a file:// page', { webContentsId: MAIN, frameUrl: 'file:///C:/Users/kasir/Downloads/x.html', isMainFrame: true }],
    ['a look-alike host', { webContentsId: MAIN, frameUrl: 'app://pos.evil/', isMainFrame: true }],
    ['a destroyed frame', { webContentsId: MAIN, frameUrl: null, isMainFrame: true }],
  ])('refuses %s before the router sees the call', async (_name, sender) => {
    await bridge.call(trusted, 'auth.login', { username: 'siti', pin: '1234' });
    const r = await bridge.call(sender, 'auth.me', {});
    expect(r).toEqual({ ok: false, error: { code: 'IPC_SENDER_REFUSED', params: {} } });
    expect(refused).toHaveLength(1);
    // A refused login never reaches the PIN check (no lockout counting, no audit row).
    const audits = (h.core.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.pin_failed'").get() as { n: number }).n;
    await bridge.call(sender, 'auth.login', { username: 'siti', pin: '9999' });
    expect((h.core.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.pin_failed'").get() as { n: number }).n).toBe(audits);
  });

  it('refuses everything while there is no main window', async () => {
    const closed = createIpcBridge(h, { mainWebContentsId: () => null }, () => {});
    expect(await closed.call(trusted, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'IPC_SENDER_REFUSED' } });
  });

  it('accepts the Vite dev server only when one is configured (npm run dev)', async () => {
    const dev = { webContentsId: MAIN, frameUrl: 'http://localhost:5173/', isMainFrame: true };
    expect(await bridge.call(dev, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'IPC_SENDER_REFUSED' } });
    const devBridge = createIpcBridge(h, { mainWebContentsId: () => MAIN, devServerUrl: 'http://localhost:5173' }, () => {});
    expect(await devBridge.call(dev, 'auth.me', {})).toEqual({ ok: true, result: null });
    expect(await devBridge.call({ ...dev, frameUrl: 'http://localhost:6666/' }, 'auth.me', {})).toMatchObject({
      ok: false,
      error: { code: 'IPC_SENDER_REFUSED' },
    });
  });

  it('logout and a closed window end the session held for that window', async () => {
    await bridge.call(trusted, 'auth.login', { username: 'siti', pin: '1234' });
    await bridge.call(trusted, 'auth.logout', {});
    expect(bridge.hasSession(MAIN)).toBe(false);
    expect(await bridge.call(trusted, 'auth.me', {})).toEqual({ ok: true, result: null });
    await bridge.call(trusted, 'auth.login', { username: 'siti', pin: '1234' });
    bridge.forget(MAIN);
    expect(await bridge.call(trusted, 'auth.me', {})).toEqual({ ok: true, result: null });
  });
});
