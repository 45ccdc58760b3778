// Updates download in the background; installing waits for every shift to be closed
// (electron/host/desktop/updatePolicy.ts), then happens when the app quits or from the menu.
import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { updateDecision, updateMessage } from '../host/desktop/updatePolicy';
import type { Host } from '../host/host';
import { systemCaller } from '../host/systemCallers';
import { backupBeforeUpdate } from './backups';
import { BUILT_UPDATE_URL } from './buildFlags';
import { updateFeedUrl } from '../host/desktop/buildPolicy';

const { autoUpdater } = electronUpdater;

export interface Updates {
  check(): void;
  /** From the menu: install now when no shift is open, else say why not. */
  installNow(): void;
  /** On quit: true when the update is being installed (the updater quits the app itself). */
  installOnQuit(): boolean;
}

export function setupUpdates(host: Host, dataDir: string, window: () => BrowserWindow | null): Updates {
  let downloaded: string | null = null;
  autoUpdater.autoDownload = true;
  // electron-updater must never install on its own: the shift check decides (see installOnQuit).
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  // The feed is the https URL baked in at build time, never app-update.yml's (editable on disk).
  const feed = updateFeedUrl(BUILT_UPDATE_URL);
  if (feed) autoUpdater.setFeedURL({ provider: 'generic', url: feed, channel: 'latest' });
  // Quitting cannot wait for a router call, so the open shifts are kept current from the shift
  // events and asked for again whenever an update arrives.
  let openTerminals: string[] = [];
  const refresh = () =>
    host.router.callAs(systemCaller('desktop'), 'shifts.openTerminals', {}).then((r) => {
      if (r.ok) openTerminals = r.result as string[];
    });
  void refresh();
  host.events.subscribe((e) => {
    if (e.type === 'shift.opened' || e.type === 'shift.closed') void refresh();
  });
  const decide = () => updateDecision({ downloaded: downloaded !== null, openShiftTerminals: openTerminals });
  const tell = (message: string) => {
    const win = window();
    if (message && win) void dialog.showMessageBox(win, { type: 'info', title: 'Pembaruan Kasir KKMP', message });
  };
  autoUpdater.on('update-downloaded', (info) => {
    // The update counts as ready only once a verified backup of today's data exists.
    Promise.all([backupBeforeUpdate(host, dataDir, info.version), refresh()]).then(
      () => {
        downloaded = info.version;
        tell(updateMessage(info.version, decide()));
      },
      (e: unknown) => console.warn('cadangan sebelum pembaruan gagal / pre-update backup failed:', e),
    );
  });
  autoUpdater.on('error', (e) => console.warn('pembaruan gagal / update failed:', e.message));
  return {
    check() {
      if (app.isPackaged && feed) void autoUpdater.checkForUpdates().catch(() => undefined);
    },
    installNow() {
      const decision = decide();
      if (decision.action === 'install') autoUpdater.quitAndInstall(false, true);
      else tell(downloaded ? updateMessage(downloaded, decision) : 'Belum ada pembaruan yang siap dipasang. / No update is ready.');
    },
    installOnQuit() {
      if (decide().action !== 'install') return false;
      autoUpdater.quitAndInstall(true, false);
      return true;
    },
  };
}
