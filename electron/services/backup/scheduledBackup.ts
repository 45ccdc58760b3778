// The daily automatic backup: once a day (first check after the outlet's day begins), a verified
// copy goes to the folder the manager chose, named by date and time; only the newest `backup.keep`
// copies stay. Uses the foundation's backupDatabase (online backup API + verify).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { localDateTime } from '../../../shared/time';
import { backupDatabase, verifyFile, type BackupResult } from './backup';
import type { Core } from '../core';
import { audit } from '../auth/audit';
import { inTransaction } from '../core';
import { outletTimeZone, outletToday, setting } from '../settings/settings';
import { defaultKeyFile } from '../privacy/keyFile';

const NAME_RE = /^kkmp-(\d{8})-(\d{6})\.sqlite$/;

export interface BackupFile {
  name: string;
  file: string;
  date: string;
}

export function listBackups(folder: string): BackupFile[] {
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => NAME_RE.test(n))
    .sort()
    .reverse()
    .map((name) => {
      const m = NAME_RE.exec(name)!;
      return { name, file: join(folder, name), date: `${m[1]!.slice(0, 4)}-${m[1]!.slice(4, 6)}-${m[1]!.slice(6)}` };
    });
}

/** Backs up now into the folder, then removes copies beyond `keep` (oldest first). */
export async function backupNow(
  core: Core,
  userId: string | null,
  options: { folder?: string; keep?: number } = {},
): Promise<BackupResult & { removed: string[] }> {
  const folder = options.folder ?? setting(core, 'backup.folder');
  if (!folder || !existsSync(folder)) throw new AppError('BACKUP_FOLDER_MISSING', { folder });
  const keep = Math.max(1, options.keep ?? setting(core, 'backup.keep'));
  const stamp = localDateTime(core.now(), outletTimeZone(core)).replace(/[-:]/g, '').replace(' ', '-');
  const result = await backupDatabase(core.db, core.file, join(folder, `kkmp-${stamp}.sqlite`));
  const removed: string[] = [];
  for (const old of listBackups(folder).slice(keep)) {
    rmSync(old.file, { force: true });
    rmSync(defaultKeyFile(old.file), { force: true });
    removed.push(old.name);
  }
  inTransaction(core, () => audit(core, { userId, action: 'backup.create', details: { file: result.file, removed: removed.length } }));
  return { ...result, removed };
}

/** True when daily backups are on and today's copy is not in the folder yet. */
export function backupDue(core: Core): boolean {
  if (!setting(core, 'backup.daily_enabled')) return false;
  const today = outletToday(core);
  return !listBackups(setting(core, 'backup.folder')).some((b) => b.date === today);
}

/** Checks every `everyMs` and backs up when due; failures are logged, the next check retries. */
export function startBackupSchedule(core: Core, log: (e: unknown) => void = console.error, everyMs = 15 * 60_000): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    try {
      if (!backupDue(core)) return;
    } catch (e) {
      log(e);
      return;
    }
    running = true;
    backupNow(core, null)
      .catch(log)
      .finally(() => (running = false));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  setImmediate(tick);
  return () => clearInterval(timer);
}

export function verifyBackup(file: string): { ok: boolean; problems: { check: string; detail: string }[] } {
  const problems = verifyFile(file);
  return { ok: problems.length === 0, problems: problems.map((p) => ({ check: p.check, detail: p.detail })) };
}
