// The main process wiring, with the Electron module mocked (the binary cannot be downloaded here):
// electron/app/main.ts is imported as it is and must register the privileged app:// scheme, take
// the single-instance lock, lock the window and session down, route IPC through the sender check
// into the router, and keep the NIK keys sealed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The demo outlet is a month of selling written through the real services: 20–40 s alone, well
// over a minute when CI runs other test files beside it; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Handler[]>();
  const emit = (name: string, ...args: unknown[]) => (handlers.get(name) ?? []).map((h) => h(...args));
  const calls: string[] = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  const windows: { options: Record<string, unknown>; loaded: string[]; sent: unknown[][]; focused: number; handlers: Map<string, Handler> }[] = [];
  const session: Record<string, unknown> & { handlers: Map<string, Handler> } = { handlers: new Map() };
  for (const name of ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler'])
    session[name] = (h: Handler) => session.handlers.set(name, h);
  session.on = (event: string, h: Handler) => session.handlers.set(event, h);
  const protocolHandlers = new Map<string, Handler>();
  const ipc = new Map<string, Handler>();
  const updater = new Map<string, Handler>();
  return {
    handlers,
    emit,
    calls,
    ready,
    resolveReady: () => resolveReady(),
    windows,
    session,
    protocolHandlers,
    ipc,
    privileged: [] as unknown[],
    quitAndInstall: vi.fn(),
    menus: [] as unknown[],
    updater,
  };
});

vi.mock('electron', () => {
  const { handlers, calls, ready, windows, session, protocolHandlers, ipc, privileged, menus } = fake;
  const app = {
    isPackaged: false,
    setPath: (name: string, value: string) => calls.push(`setPath:${name}:${value}`),
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    on: (name: string, h: Handler) => handlers.set(name, [...(handlers.get(name) ?? []), h]),
    whenReady: () => ready,
    getVersion: () => '0.1.0',
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit:${code}`),
  };
  class BrowserWindow {
    webContents: Record<string, unknown>;
    record: (typeof windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], sent: [], focused: 0, handlers: new Map() };
      windows.push(this.record);
      const record = this.record;
      this.webContents = {
        id: 41,
        mainFrame: { url: 'app://pos/' },
        send: (...a: unknown[]) => record.sent.push(a),
        on: (e: string, h: Handler) => record.handlers.set(`wc:${e}`, h),
        reload: () => {},
      };
    }
    once(e: string, h: Handler) {
      this.record.handlers.set(e, h);
    }
    on(e: string, h: Handler) {
      this.record.handlers.set(e, h);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {
      this.record.focused++;
    }
    maximize() {}
    setFullScreen() {}
    show() {}
  }
  const sealed = (s: string) => Buffer.from(`sealed:${Buffer.from(s).toString('base64')}`);
  return {
    app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => privileged.push(...s), handle: (scheme: string, h: Handler) => protocolHandlers.set(scheme, h) },
    session: { defaultSession: session },
    ipcMain: { handle: (channel: string, h: Handler) => ipc.set(channel, h) },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 728 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 728 } }],
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: sealed,
      decryptString: (b: Buffer) => Buffer.from(b.toString().slice(7), 'base64').toString(),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => menus.push(m) },
    dialog: {
      showErrorBox: (...a: unknown[]) => calls.push(`errorBox:${JSON.stringify(a)}`),
      showMessageBox: (...a: unknown[]) => (calls.push(`messageBox:${JSON.stringify(a.at(-1))}`), Promise.resolve({ response: 0 })),
    },
    shell: { openPath: () => Promise.resolve('') },
  };
});

vi.mock('electron-updater', () => ({
  default: {
    autoUpdater: { on: (e: string, h: Handler) => fake.updater.set(e, h), checkForUpdates: () => Promise.resolve(null), quitAndInstall: fake.quitAndInstall },
  },
}));

const dataDir = mkdtempSync(join(tmpdir(), 'kkmp-desktop-'));
const trustedEvent = { sender: { id: 41 }, senderFrame: { url: 'app://pos/', parent: null } };

beforeAll(async () => {
  process.env.KKMP_DATA_DIR = dataDir;
  await import('../../electron/app/main');
  fake.resolveReady();
  await new Promise((r) => setTimeout(r, 50));
});
afterAll(() => {
  fake.emit('will-quit');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('desktop main process (Electron mocked)', () => {
  it('puts all data in the shared data folder, then takes the single-instance lock, with the sandbox on', () => {
    expect(fake.calls.slice(0, 3)).toEqual([`setPath:userData:${dataDir}`, 'enableSandbox', 'requestSingleInstanceLock']);
    expect(existsSync(join(dataDir, 'kasir-kkmp.sqlite'))).toBe(true);
    expect(fake.calls.filter((c) => c.startsWith('errorBox') || c.startsWith('exit'))).toEqual([]);
  });

  it('registers app:// as a standard, secure scheme and serves it with the path check', async () => {
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const serve = fake.protocolHandlers.get('app')!;
    expect(((await serve(new Request('app://pos/..%2f..%2fkasir-kkmp.sqlite'))) as Response).status).toBe(403);
    expect(((await serve(new Request('app://evil/index.html'))) as Response).status).toBe(403);
    expect(((await serve(new Request('app://pos/', { method: 'POST', body: 'x' }))) as Response).status).toBe(405);
  });

  it('opens one locked-down window on app://pos with the narrow preload', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(fake.windows[0]!.loaded).toEqual(['app://pos/']);
  });

  it('answers IPC from the main window through the router, and refuses any other frame', async () => {
    const call = fake.ipc.get('kkmp:call')!;
    expect(await call(trustedEvent, 'setup.status', {})).toMatchObject({ ok: true, result: { needsSetup: true, outletName: null } });
    const refused = { ok: false, error: { code: 'IPC_SENDER_REFUSED', params: {} } };
    expect(await call({ ...trustedEvent, senderFrame: { url: 'app://pos/', parent: {} } }, 'setup.status', {})).toEqual(refused);
    expect(await call({ ...trustedEvent, senderFrame: { url: 'https://evil.example/', parent: null } }, 'setup.status', {})).toEqual(refused);
    expect(await call({ ...trustedEvent, senderFrame: null }, 'setup.status', {})).toEqual(refused);
    expect(await call({ sender: { id: 99 }, senderFrame: { url: 'app://pos/', parent: null } }, 'setup.status', {})).toEqual(refused);
  });

  it('keeps the NIK keys sealed by the OS in the data folder', async () => {
    const call = fake.ipc.get('kkmp:call')!;
    const shown = fake.calls.find((c) => c.startsWith('messageBox:') && c.includes('Setup code'));
    const setupCode = /\d{4}-\d{4}/.exec(shown ?? '')?.[0];
    expect(setupCode).toBeDefined();
    expect(await call(trustedEvent, 'setup.initialize', { mode: 'demo', setupCode: '0000-0000' })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_CODE_WRONG' },
    });
    await call(trustedEvent, 'setup.initialize', { mode: 'demo', setupCode });
    expect(readFileSync(join(dataDir, 'nik-key.sealed'), 'utf8')).toMatch(/^sealed:/);
    expect(existsSync(join(dataDir, 'kasir-kkmp.sqlite.key'))).toBe(false);
    const login = (await call(trustedEvent, 'auth.login', { username: 'kasir', pin: '1111' })) as { ok: boolean; result: { token: string } };
    expect(login.result.token).toBe('held-by-desktop-main-process');
    expect(await call(trustedEvent, 'auth.me', {})).toMatchObject({ ok: true, result: { username: 'kasir' } });
  });

  it('denies permissions, device choosers, navigation, new windows and webviews', () => {
    const request = fake.session.handlers.get('setPermissionRequestHandler')!;
    const answers: boolean[] = [];
    request(null, 'media', (ok: boolean) => answers.push(ok), { requestingUrl: 'app://pos/' });
    request(null, 'persistent-storage', (ok: boolean) => answers.push(ok), { requestingUrl: 'app://pos/' });
    expect(answers).toEqual([false, true]);
    expect(fake.session.handlers.get('setDevicePermissionHandler')!({ deviceType: 'hid' })).toBe(false);
    const chosen: unknown[] = [];
    fake.session.handlers.get('select-hid-device')!({ preventDefault: () => chosen.push('prevented') }, {}, (id: unknown) => chosen.push(id));
    expect(chosen).toEqual(['prevented', null]);

    const contents = {
      handlers: new Map<string, Handler>(),
      on(e: string, h: Handler) {
        this.handlers.set(e, h);
      },
      openHandler: null as Handler | null,
      setWindowOpenHandler(h: Handler) {
        this.openHandler = h;
      },
    };
    fake.emit('web-contents-created', {}, contents);
    const prevented: string[] = [];
    contents.handlers.get('will-navigate')!({ preventDefault: () => prevented.push('https') }, 'https://evil.example/');
    contents.handlers.get('will-navigate')!({ preventDefault: () => prevented.push('app') }, 'app://pos/#/office');
    contents.handlers.get('will-attach-webview')!({ preventDefault: () => prevented.push('webview') });
    expect(prevented).toEqual(['https', 'webview']);
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('brings the running window forward on a second start, and installs no update on quit without one', () => {
    fake.emit('second-instance');
    expect(fake.windows[0]!.focused).toBe(1);
    fake.emit('before-quit');
    expect(fake.quitAndInstall).not.toHaveBeenCalled();
  });

  it('a downloaded update is backed up for, waits while a shift is open, and installs on quit once it is closed (electron-updater mocked)', async () => {
    const call = fake.ipc.get('kkmp:call')!;
    // Shift events are office business (electron/host/eventAccess.ts), so the window's session is the manajer's.
    await call(trustedEvent, 'auth.logout', {});
    expect(await call(trustedEvent, 'auth.login', { username: 'manajer', pin: '222222' })).toMatchObject({ ok: true });
    const opened = (await call(trustedEvent, 'shifts.open', { openingFloat: 200_000, terminal: 'POS-1' })) as { ok: boolean; result: { shiftId: string } };
    expect(opened.ok).toBe(true);
    // host events reach the window on the event channel (what window.kkmp.onEvent listens to)
    expect(fake.windows[0]!.sent).toContainEqual(['kkmp:event', { type: 'shift.opened', payload: { shiftId: opened.result.shiftId, terminal: 'POS-1' } }]);
    fake.updater.get('update-downloaded')!({ version: '0.2.0' });
    await vi.waitFor(() => expect(readdirSync(join(dataDir, 'backups'))).toContainEqual(expect.stringMatching(/^sebelum-pembaruan-0\.2\.0-[\d-]+\.sqlite$/)));
    fake.emit('before-quit');
    expect(fake.quitAndInstall).not.toHaveBeenCalled();
    expect(await call(trustedEvent, 'shifts.close', { shiftId: opened.result.shiftId, denominations: { '100000': 2 } })).toMatchObject({ ok: true });
    // the demo outlet still has today's shift open on POS-2: still waiting
    fake.emit('before-quit');
    expect(fake.quitAndInstall).not.toHaveBeenCalled();
    const other = new Database(join(dataDir, 'kasir-kkmp.sqlite'), { readonly: true })
      .prepare('SELECT id FROM shifts WHERE closed_at IS NULL')
      .pluck()
      .all() as string[];
    expect(other).toHaveLength(1);
    await call(trustedEvent, 'auth.login', { username: 'admin', pin: '123456' });
    expect(await call(trustedEvent, 'shifts.close', { shiftId: other[0], denominations: {} })).toMatchObject({ ok: true });
    fake.emit('before-quit');
    expect(fake.quitAndInstall).toHaveBeenCalledTimes(1);
    fake.emit('before-quit');
    expect(fake.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('has an Indonesian menu', () => {
    expect(JSON.stringify(fake.menus[0])).toContain('"label":"Berkas"');
  });
});
