// The core every face (Electron IPC, HTTP, CLI) runs on: one database, one clock, the NIK key,
// and the rules that plug into the sale commit. Services are plain functions over a Core.
import type { Db } from '../db/connection';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { idleCheckpoints, type Checkpointer } from '../db/walCheckpoints';
import type { SaleRule } from './sales/saleRules';
import { pendingMark, sealPending } from './journal/journal';
import { createPendingQueue, installTriggers } from './journal/triggers';

export interface KeyProvider {
  /** 32-byte key for AES-256-GCM of personal data (NIK). */
  dataKey(): Buffer;
  /** 32-byte key for the keyed hash (HMAC) used to look NIKs up without decrypting. */
  lookupKey(): Buffer;
}

export interface Core {
  db: Db;
  file: string;
  now: () => Date;
  keys: KeyProvider;
  saleRules: SaleRule[];
  close(): void;
}

export interface CoreOptions {
  file: string;
  keys: KeyProvider;
  now?: () => Date;
  create?: boolean;
  saleRules?: SaleRule[];
}

export function openCore(options: CoreOptions): Core {
  const db = openDatabase(options.file, { create: options.create ?? false });
  migrate(db);
  const checkpoints = idleCheckpoints(db);
  checkpointers.set(db, checkpoints);
  const core: Core = {
    db,
    file: options.file,
    now: options.now ?? (() => new Date()),
    keys: options.keys,
    saleRules: options.saleRules ?? [],
    close: () => {
      checkpoints.stop();
      db.close();
    },
  };
  // A table journaled for the first time (or reshaped by a migration) is sealed as it stands.
  createPendingQueue(db);
  inTransaction(core, () => installTriggers(db));
  return core;
}

/** Runs fn in one IMMEDIATE transaction: the write lock is taken up front, so checks made inside
 * (stock, quotas) still hold at commit time, even with two terminals on one database. */
export function inTransaction<T>(core: Core, fn: () => T): T {
  if (core.db.inTransaction) return core.db.transaction(fn)(); // a savepoint; the outer transaction seals
  activeTransactions.set(core.db, ++transactionSerial);
  try {
    return core.db
      .transaction(() => {
        const mark = pendingMark(core.db);
        const result = fn();
        // Every journaled row this transaction wrote, committed to by one keyed entry.
        sealPending(core.db, core.keys, mark, core.now());
        return result;
      })
      .immediate();
  } finally {
    activeTransactions.delete(core.db);
    checkpointers.get(core.db)?.wrote();
  }
}

let transactionSerial = 0;
const activeTransactions = new WeakMap<Db, number>();
/** The idle checkpoint of each core's connection (electron/db/walCheckpoints.ts), kicked after every write transaction. */
const checkpointers = new WeakMap<Db, Checkpointer>();

/**
 * A number for the write transaction inTransaction is running on this core, undefined outside one.
 * Under the write lock nobody else can change what it reads, so a reader may keep what it read
 * until the number changes (settings do, see settings.ts).
 */
export function currentTransaction(core: Core): number | undefined {
  return core.db.inTransaction ? activeTransactions.get(core.db) : undefined;
}
