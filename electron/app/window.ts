// The one window: the cashier screen, locked down (contextIsolation, sandbox, no Node), reopening
// where it was left (electron/host/desktop/windowState.ts decides; this file only reads and writes).
import { readFileSync, writeFileSync } from 'node:fs';
import { BrowserWindow, screen } from 'electron';
import { restoreWindowState, serializeWindowState, type WindowState } from '../host/desktop/windowState';

export function createMainWindow(options: { preload: string; stateFile: string; devTools: boolean }): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = restoreWindowState(readOptional(options.stateFile), workAreas);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 1024,
    minHeight: 600,
    show: false,
    title: 'Kasir KKMP',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    if (state.fullScreen) win.setFullScreen(true);
    win.show();
  });
  win.on('close', () => writeState(options.stateFile, win));
  return win;
}

function writeState(file: string, win: BrowserWindow): void {
  const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
  try {
    writeFileSync(file, serializeWindowState(state));
  } catch {
    // a read-only data folder must not stop the app from closing
  }
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
