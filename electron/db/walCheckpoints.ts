// Checkpoints off the commit path (docs/performance.md, figure a). SQLite's automatic checkpoint
// runs inside whichever COMMIT takes the WAL past its mark (1,000 pages by default): with ~50 pages
// a sale, one sale in twenty paid for copying the WAL into the database file and its fsync, which
// is what the commit's p99 was made of. Here the connection checkpoints once it has been idle for
// a moment, between sales, with PASSIVE (it never waits for a reader and never blocks a writer).
// SQLite's own automatic checkpoint stays, at three times its default mark, as the bound on the
// WAL for bursts that leave no idle moment (an import, the demo seeding), and journal_size_limit
// shrinks the file back after a bigger transaction. The bound is not set higher on purpose: while
// the WAL file grows, every commit's fsync also has to record the new file size, which measured
// worse at p99 with a 16,000-page bound than the default 1,000 (docs/performance.md). Crash safety is unchanged: with synchronous=FULL a commit is
// durable once its frames are in the WAL, checkpointed or not; a longer WAL only means a longer
// recovery scan at the next open.
import type { Db } from './connection';

export interface CheckpointOptions {
  /** Quiet time after the last write before the checkpoint runs. */
  idleMs?: number;
  /** WAL pages at which SQLite checkpoints inside a commit anyway (the bound). */
  boundPages?: number;
  /** Bytes the WAL file is cut back to after a checkpoint resets it. */
  sizeLimitBytes?: number;
}

export interface Checkpointer {
  /** Call after each committed write transaction: the idle checkpoint is (re)scheduled. */
  wrote(): void;
  /** Cancels a pending checkpoint (before the connection closes). */
  stop(): void;
}

export const CHECKPOINT_DEFAULTS = { idleMs: 250, boundPages: 3_000, sizeLimitBytes: 16 * 1024 * 1024 } as const;

export function idleCheckpoints(db: Db, options: CheckpointOptions = {}): Checkpointer {
  const { idleMs, boundPages, sizeLimitBytes } = { ...CHECKPOINT_DEFAULTS, ...options };
  db.pragma(`wal_autocheckpoint = ${boundPages}`);
  db.pragma(`journal_size_limit = ${sizeLimitBytes}`);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    // A transaction still open (an iteration between awaits) gets the next quiet moment instead.
    if (!db.open) return;
    if (db.inTransaction) return schedule();
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A busy or read-only moment: the next write schedules another, and the bound still holds.
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, idleMs);
    timer.unref?.();
  };
  return {
    wrote: schedule,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
