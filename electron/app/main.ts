// The desktop app's main process. It holds the core (database and services) itself; see
// docs/decisions/0001-core-process.md. Everything it decides is in Electron-free modules under
// electron/host/desktop/ (tested directly); this file only wires them to Electron.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { isAppError } from '../../shared/errors';
import { errorText } from '../../shared/i18n/errorMessages';
import { APP_URL } from '../host/desktop/appOrigin';
import { defaultDataDir, defaultDbFile } from '../host/dataDir';
import { openHost, type Host } from '../host/host';
import { startBackground } from '../host/background';
import { setupCodeLines } from '../host/setupCode';
import { backupInteractively } from './backups';
import { wireIpc } from './ipc';
import { installMenu } from './menu';
import { desktopKeyProvider } from './nikKeys';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { setupUpdates } from './updates';
import { createMainWindow } from './window';
import { DEV_BUILD } from './buildFlags';
import { devToolsAllowed } from '../host/desktop/buildPolicy';
import { guardQuit } from './quitGuard';

// `npm run dev` only: electron-vite serves the renderer with hot reload from this URL.
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const here = import.meta.dirname;
const devTools = devToolsAllowed({ devBuild: DEV_BUILD, packaged: app.isPackaged });

// One data folder for the database, the sealed key and Chromium's storage (the IndexedDB outbox):
// the same folder `npm run serve` and the CLI use (electron/host/dataDir.ts), set before anything
// (the single-instance lock included) reads userData.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second start (double-clicked icon) only brings the running cashier window forward.
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let installing = false;

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  hardenAllWebContents(devServerUrl);

  app.whenReady().then(() => {
    hardenSession();
    serveRenderer(join(here, '..', 'renderer'));
    let host: Host;
    try {
      const dbFile = defaultDbFile();
      const create = !existsSync(dbFile);
      host = openHost({ dbFile, create, keys: desktopKeyProvider(dataDir, dbFile, create).keys });
    } catch (e) {
      dialog.showErrorBox(
        'Kasir KKMP tidak bisa dibuka',
        isAppError(e) ? `${errorText(e.code, e.params, 'id')}\n\n${errorText(e.code, e.params, 'en')}` : String(e),
      );
      app.exit(1);
      return;
    }
    // The same background services `npm run serve` starts: HID/serial scanners onto the event bus
    // (the window gets them through window.kkmp.onEvent) and the daily backup when it is switched on.
    const stopBackground = startBackground(host);
    app.on('will-quit', () => {
      stopBackground();
      host.close();
    });
    const bridge = wireIpc(host, () => win, devServerUrl);
    const updates = setupUpdates(host, dataDir, () => win);
    installMenu(devTools, (command) => {
      if (command === 'backup' && win) void backupInteractively(host, win);
      if (command === 'openDataFolder') void shell.openPath(dataDir);
      if (command === 'checkUpdates') updates.check();
      if (command === 'installUpdate') updates.installNow();
      if (command === 'about' && win)
        void dialog.showMessageBox(win, {
          type: 'info',
          title: 'Tentang Kasir KKMP',
          message: `Kasir KKMP ${app.getVersion()}`,
          detail: `Electron ${process.versions.electron}\nData: ${dataDir}`,
        });
    });
    app.on('before-quit', () => {
      if (!installing) installing = updates.installOnQuit();
    });

    win = createMainWindow({ preload: join(here, '..', 'preload', 'preload.cjs'), stateFile: join(dataDir, 'window-state.json'), devTools });
    const stopQuitGuard = guardQuit(host, win);
    const contentsId = win.webContents.id;
    // A crashed renderer comes back on its own; the open cart is safe in IndexedDB.
    win.webContents.on('render-process-gone', (_e, details) => {
      if (details.reason !== 'clean-exit') win?.webContents.reload();
    });
    win.on('closed', () => {
      stopQuitGuard();
      bridge.forget(contentsId);
      win = null;
    });
    void win.loadURL(devServerUrl ?? APP_URL);
    // A fresh install: the wizard asks for this code, so only the person at this screen can set it up.
    const setup = setupCodeLines(host);
    if (setup) void dialog.showMessageBox(win, { type: 'info', title: 'Kode penyiapan / Setup code', message: setup.code, detail: `${setup.id}\n${setup.en}` });
    updates.check();
  });

  app.on('window-all-closed', () => app.quit());
}
