// Backups from the desktop: "Berkas → Cadangkan data…" to a file the manager picks (a USB stick),
// and one automatically when an update has downloaded, before it can install. Both use the online
// backup behind backups.toFile, called as the `desktop` system caller (consistent while selling,
// verified before it counts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { AppError, isAppError } from '../../shared/errors';
import { errorText } from '../../shared/i18n/errorMessages';
import type { Host } from '../host/host';
import { systemCaller } from '../host/systemCallers';

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

export async function backupInteractively(host: Host, win: BrowserWindow): Promise<void> {
  const chosen = await dialog.showSaveDialog(win, {
    title: 'Cadangkan data Kasir KKMP',
    defaultPath: `kasir-kkmp-${stamp(host.core.now())}.sqlite`,
    filters: [{ name: 'Cadangan Kasir KKMP', extensions: ['sqlite'] }],
  });
  if (chosen.canceled || !chosen.filePath) return;
  try {
    const result = await backupToFile(host, chosen.filePath);
    await dialog.showMessageBox(win, { type: 'info', title: 'Cadangan selesai', message: `Cadangan tersimpan / backup saved: ${result.file}` });
  } catch (e) {
    dialog.showErrorBox('Cadangan gagal / backup failed', isAppError(e) ? errorText(e.code, e.params, 'id') : String(e));
  }
}

/** Before an update may install: a verified copy in <data folder>/backups. */
export async function backupBeforeUpdate(host: Host, dataDir: string, version: string): Promise<void> {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  await backupToFile(host, join(dir, `sebelum-pembaruan-${version}-${stamp(host.core.now())}.sqlite`));
}

async function backupToFile(host: Host, path: string): Promise<{ file: string }> {
  const r = await host.router.callAs(systemCaller('desktop'), 'backups.toFile', { path });
  if (!r.ok) throw new AppError(r.error.code, r.error.params);
  return r.result as { file: string };
}
