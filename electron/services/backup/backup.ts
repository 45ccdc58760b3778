// Backups with SQLite's online backup API (consistent while the app runs), each copy verified
// before it counts; restore verifies the backup first, keeps the old database aside, and
// verifies again. The NIK key no longer travels beside the backup (a copy plus its .key would
// open every NIK): it is exported on its own. Each backup gets a manifest with the journal's
// anchor (chain head, receipt counts), so a backup later cut short or rewritten shows.
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { journalAnchor } from '../journal/anchor';
import { AppError } from '../../../shared/errors';
import { openDatabase, type Db } from '../../db/connection';
import { defaultKeyFile } from '../privacy/keyFile';
import { verifyDatabase, type VerifyOptions, type VerifyProblem } from './verify';

export interface BackupResult {
  file: string;
  keyFile: string | null;
  /** JSON beside the backup: when, and the journal anchor it was taken at. */
  manifest: string;
  pages: number;
}

export function manifestFile(backup: string): string {
  return `${backup}.manifest.json`;
}

/** Verifies a database file without changing it. */
export function verifyFile(file: string, options: VerifyOptions = {}): VerifyProblem[] {
  if (!existsSync(file)) throw new AppError('DB_CANNOT_OPEN', { file });
  const db = openDatabase(file, { readonly: true });
  try {
    return verifyDatabase(db, options);
  } finally {
    db.close();
  }
}

function refuseBroken(file: string, problems: VerifyProblem[]): void {
  if (problems.length > 0) throw new AppError('BACKUP_NOT_VALID', { file, problems: problems.length, first: `${problems[0]!.check}: ${problems[0]!.detail}` });
}

export async function backupDatabase(db: Db, dbFile: string, out: string): Promise<BackupResult> {
  if (existsSync(out)) throw new AppError('FILE_EXISTS', { file: out });
  let pages: number;
  try {
    pages = (await db.backup(out)).totalPages;
  } catch (e) {
    rmSync(out, { force: true });
    throw e;
  }
  chmodSync(out, 0o600);
  refuseBroken(out, verifyFile(out));
  const manifest = manifestFile(out);
  const snapshot = openDatabase(out, { readonly: true });
  try {
    writeFileSync(manifest, `${JSON.stringify({ source: dbFile, createdAt: new Date().toISOString(), pages, journal: journalAnchor(snapshot) }, null, 2)}\n`, {
      mode: 0o600,
    });
  } finally {
    snapshot.close();
  }
  return { file: out, keyFile: null, manifest, pages };
}

export interface RestoreResult {
  file: string;
  /** Where the database that was there before now is (null when there was none). */
  previous: string | null;
}

export async function restoreDatabase(from: string, dbFile: string, stamp: string): Promise<RestoreResult> {
  refuseBroken(from, verifyFile(from));
  let previous: string | null = null;
  if (existsSync(dbFile)) {
    const current = openDatabase(dbFile, { busyTimeoutMs: 1000 });
    try {
      // Another terminal writing right now would be overwritten mid-sale: refuse.
      try {
        current.exec('BEGIN EXCLUSIVE; COMMIT;');
      } catch {
        throw new AppError('RESTORE_DB_IN_USE', { file: dbFile });
      }
      previous = `${dbFile}.before-restore-${stamp}`;
      await current.backup(previous);
    } finally {
      current.close();
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  }
  const fromKey = defaultKeyFile(from);
  const dbKey = defaultKeyFile(dbFile);
  if (existsSync(fromKey)) {
    if (existsSync(dbKey) && previous) renameSync(dbKey, defaultKeyFile(previous));
    copyFileSync(fromKey, dbKey);
  }
  const src = openDatabase(from, { readonly: true });
  try {
    await src.backup(dbFile);
  } finally {
    src.close();
  }
  refuseBroken(dbFile, verifyFile(dbFile));
  return { file: dbFile, previous };
}
