// Backups with SQLite's online backup API (consistent while the app runs), each copy verified
// before it counts; restore verifies the backup first, keeps the old database aside, and
// verifies again. The NIK key no longer travels beside the backup (a copy plus its .key would
// open every NIK): it is exported on its own. Each backup gets a manifest with the journal's
// anchor (chain head, receipt counts), so a backup later cut short or rewritten shows.
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { journalAnchor } from '../journal/anchor';
import { AppError } from '../../../shared/errors';
import { openDatabase, type Db } from '../../db/connection';
import { defaultKeyFile, fileKeyProvider, keysFromJson } from '../privacy/keyFile';
import { unwrapKeyFile } from '../privacy/wrappedKey';
import { journalKey } from '../journal/journal';
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

/** A copy keeps the source's WAL mode, so every later read would leave -wal/-shm beside it on the stick: one file instead. */
function singleFile(file: string): void {
  const db = openDatabase(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
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
  singleFile(out);
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
  /** Where the NIK keys came from: the wrapped export, a key file beside an older backup, or the one already here. */
  key: 'wrapped' | 'beside-backup' | 'kept';
}

export interface RestoreOptions {
  /** The exported key file and its passphrase, needed when this machine has no key for the backup. */
  wrappedKey?: { file: string; passphrase: string };
}

/** True when `keyJson` is the key the backup's journal was sealed with (an empty journal cannot tell). */
function keyFitsBackup(from: string, keyJson: string, source: string): boolean {
  return !verifyFile(from, { journalKey: journalKey(keysFromJson(keyJson, source)) }).some((p) => p.check === 'journal_chain');
}

/** Finds the NIK keys for the restored database before anything is touched, so a refusal loses nothing. */
async function keysForRestore(
  from: string,
  dbFile: string,
  wrapped: RestoreOptions['wrappedKey'],
): Promise<{ json: string | null; key: RestoreResult['key'] }> {
  if (wrapped) {
    const json = await unwrapKeyFile(wrapped.file, wrapped.passphrase);
    if (!keyFitsBackup(from, json, wrapped.file)) throw new AppError('RESTORE_KEY_MISMATCH', { file: wrapped.file });
    return { json, key: 'wrapped' };
  }
  const beside = defaultKeyFile(from);
  if (existsSync(beside)) return { json: readFileSync(beside, 'utf8'), key: 'beside-backup' };
  const here = defaultKeyFile(dbFile);
  if (!existsSync(here)) throw new AppError('RESTORE_KEY_NEEDED', { file: from });
  if (!keyFitsBackup(from, readFileSync(here, 'utf8'), here)) throw new AppError('RESTORE_KEY_MISMATCH', { file: here });
  return { json: null, key: 'kept' };
}

export async function restoreDatabase(from: string, dbFile: string, stamp: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  refuseBroken(from, verifyFile(from));
  const keys = await keysForRestore(from, dbFile, options.wrappedKey);
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
      chmodSync(previous, 0o600);
    } finally {
      current.close();
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  }
  const dbKey = defaultKeyFile(dbFile);
  if (keys.json !== null) {
    if (existsSync(dbKey) && previous) renameSync(dbKey, defaultKeyFile(previous));
    writeFileSync(dbKey, keys.json, { mode: 0o600 });
    chmodSync(dbKey, 0o600);
  }
  const src = openDatabase(from, { readonly: true });
  try {
    await src.backup(dbFile);
  } finally {
    src.close();
  }
  chmodSync(dbFile, 0o600);
  refuseBroken(dbFile, verifyFile(dbFile, { journalKey: journalKey(fileKeyProvider(dbKey, { create: false })) }));
  return { file: dbFile, previous, key: keys.key };
}
