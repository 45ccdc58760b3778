// The built renderer in real Chromium talking to the core the desktop way: window.kkmp as the
// preload defines it, each call going through the desktop IPC bridge (sender check, token held on
// the "main" side) into the router. Electron mocked: the preload's ipcRenderer.invoke is replaced
// by a Playwright binding, and the page is served over http (trusted the way `npm run dev` is).
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIpcBridge, TOKEN_HELD_IN_MAIN, type IpcBridge } from '../../electron/host/desktop/ipcBridge';
import { startHttp } from '../../electron/host/http/server';
import { openTempHost, type TempHost } from '../support/tempHost';
import { issueSetupCode } from '../../electron/services/settings/setupCode';
import { launchBrowser, type TestBrowser } from './support/browser';

// The demo outlet is a month of selling written through the real services: 20–40 s alone, well
// over a minute when CI runs other test files beside it; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const ROOT = resolve(import.meta.dirname, '..', '..');
const WEB_CONTENTS_ID = 1;

let host: TempHost;
let server: Server;
let url: string;
let browser: TestBrowser;
let bridge: IpcBridge;

beforeAll(async () => {
  host = openTempHost();
  ({ server, url } = await startHttp(host, { port: 0, staticDir: join(ROOT, 'renderer', 'dist') }));
  bridge = createIpcBridge(host, { mainWebContentsId: () => WEB_CONTENTS_ID, devServerUrl: url }, () => {});
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  host?.dispose();
});

describe('renderer over the desktop bridge (Electron mocked: preload replaced by a Playwright binding)', () => {
  it('sets up, logs in and survives a reload with the session token held outside the page', async () => {
    const page = await browser.newPage();
    const calls: string[] = [];
    await page.exposeBinding('__kkmpInvoke', async (source, method: unknown, input: unknown) => {
      calls.push(String(method));
      return bridge.call({ webContentsId: WEB_CONTENTS_ID, frameUrl: source.frame.url(), isMainFrame: source.frame.parentFrame() === null }, method, input);
    });
    // What electron/app/preload.ts exposes, with ipcRenderer.invoke swapped for the binding.
    await page.addInitScript(() => {
      const invoke = (window as unknown as { __kkmpInvoke(m: string, i: unknown): Promise<unknown> }).__kkmpInvoke;
      Object.defineProperty(window, 'kkmp', {
        value: Object.freeze({
          call: (method: string, input: unknown) => invoke(String(method), input ?? {}),
          onEvent: () => () => {},
          platform: { desktop: true, os: 'linux', arch: 'x64', electron: 'mock' },
        }),
      });
    });

    await page.goto(url);
    // the desktop app shows this code in a dialog; the wizard asks for it
    await page.getByLabel('Kode penyiapan').fill(issueSetupCode(host.core)!);
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    // The demo lands on the login, which offers the demo accounts (issue 15 item 3).
    await page.getByRole('button', { name: 'Pakai akun admin' }).click({ timeout: 200_000 });
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByLabel('Pengguna', { exact: true }).textContent()).resolves.toMatch(/Admin Gerai/);
    expect(calls).toEqual(expect.arrayContaining(['setup.status', 'setup.initialize', 'auth.login']));
    // Nothing reached the page's storage but the marker; the real token stays with the bridge.
    const real = (host.core.db.prepare('SELECT token FROM sessions ORDER BY created_at DESC LIMIT 1').get() as { token: string }).token;
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(real);
    expect(stored).toContain(TOKEN_HELD_IN_MAIN);

    await page.reload();
    await expect(page.getByLabel('Pengguna', { exact: true }).textContent()).resolves.toMatch(/Admin Gerai/);

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('button', { name: 'Masuk', exact: true }).waitFor();
    expect(bridge.hasSession(WEB_CONTENTS_ID)).toBe(false);
  });

  it('a page the window navigated to cannot use the bridge', async () => {
    const page = await browser.newPage();
    await page.exposeBinding('__kkmpInvoke', (source, method: unknown, input: unknown) =>
      bridge.call({ webContentsId: WEB_CONTENTS_ID, frameUrl: source.frame.url(), isMainFrame: source.frame.parentFrame() === null }, method, input),
    );
    await page.goto('data:text/html,<p>elsewhere</p>');
    const r = await page.evaluate(() => (window as unknown as { __kkmpInvoke(m: string, i: unknown): Promise<unknown> }).__kkmpInvoke('setup.status', {}));
    expect(r).toEqual({ ok: false, error: { code: 'IPC_SENDER_REFUSED', params: {} } });
  });
});
