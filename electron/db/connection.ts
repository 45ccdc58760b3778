// One place opens SQLite, with the pragmas docs/decisions/0002-data-and-money.md asks for: a sale the customer walked away
// with must survive a power cut (synchronous=FULL), and two terminals wait, not fail, on a lock.
import { chmodSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { storageProblem } from './storage';
import { AppError } from '../../shared/errors';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file when missing (init, seed). Otherwise a missing file is an error. */
  create?: boolean;
  busyTimeoutMs?: number;
}

/**
 * The database holds members' personal data (UU 27/2022): owner-only on Linux, for the main file
 * and, as SQLite gives its -wal and -shm the main file's mode when it creates them, those too.
 * Applied on every writable open, so a file made under an older version is tightened as well.
 * An in-memory database or a file on a filesystem without modes (FAT stick) is left as it is.
 */
function ownerOnly(file: string): void {
  if (file === ':memory:' || file === '') return;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(f)) chmodSync(f, 0o600);
    } catch {
      // not ours to change (another user's file, a read-only medium): opening goes on
    }
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (e) {
    if (!options.readonly && storageProblem(file) === 'dir') throw new AppError('DATA_DIR_READ_ONLY', { dir: dirname(file) });
    throw dbOpenError(e, file);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (!options.readonly) {
      ownerOnly(file);
      db.pragma('journal_mode = WAL');
      ownerOnly(file);
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (e) {
    db.close();
    if (!options.readonly && storageProblem(file) === 'dir') throw new AppError('DATA_DIR_READ_ONLY', { dir: dirname(file) });
    throw dbOpenError(e, file);
  }
  reusePreparedStatements(db);
  return db;
}

/**
 * Compiling SQL costs tens of microseconds and a sale commit prepares ~60 statements, about 40%
 * of its time (docs/performance.md). So db.prepare returns the statement already compiled for
 * the same SQL, unless that one is busy (being iterated); the modes a caller may have set on it
 * (pluck, raw, expand) are reset, so every caller still gets a plain statement.
 */
function reusePreparedStatements(db: Db): void {
  const cache = new Map<string, Database.Statement>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const fresh = prepare(sql);
    if (!cached && cache.size < 5000) cache.set(sql, fresh);
    return fresh;
  }) as Db['prepare'];
}

/** Maps SQLite's failures to errors a person can act on (shared/i18n has the words). */
export function dbOpenError(e: unknown, file: string): AppError {
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code === 'SQLITE_CANTOPEN' || /unable to open|does not exist/i.test(message)) return new AppError('DB_CANNOT_OPEN', { file });
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new AppError('DB_CORRUPT', { file });
  return mapSqliteError(e);
}

/** Disk full, read-only file, a lock held too long: a clear error, and the transaction rolled back. */
export function mapSqliteError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') return new AppError('DB_DISK_FULL');
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY')) return new AppError('DB_READ_ONLY');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY')) return new AppError('DB_BUSY');
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR')) return new AppError('DB_IO_ERROR');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('DB_CORRUPT', { file: '' });
  throw e;
}
