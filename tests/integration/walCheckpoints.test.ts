// Checkpoints off the commit path (electron/db/walCheckpoints.ts): a commit leaves its pages in
// the WAL, and the database file itself takes them once the counter has been quiet for a moment.
// Seen from outside on a real SQLite file: a copy of the main file alone (no -wal beside it) has
// the sale only after the idle checkpoint.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHost, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { ShiftInfo } from '../../shared/api/shifts';
import { CHECKPOINT_DEFAULTS } from '../../electron/db/walCheckpoints';

let h: TempHost;
let scratch: string;

beforeEach(() => {
  h = openTempHost();
  scratch = mkdtempSync(join(tmpdir(), 'kkmp-wal-'));
});
afterEach(() => {
  h.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

/** Sales in a copy of the database file without its WAL: what a checkpoint has written there. */
function salesInMainFile(): number {
  const copy = join(scratch, `${uuidv7()}.sqlite`);
  copyFileSync(h.dbFile, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM sales').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('WAL checkpoints between sales, not inside them (real SQLite file)', () => {
  it('the sale is in the WAL at once and in the database file after a quiet moment', async () => {
    const shop = setupShop(h);
    const kasir = await h.as('sari', PINS.kasir);
    const shiftId = (await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 })).shiftId;
    await sleep(CHECKPOINT_DEFAULTS.idleMs * 3); // the set-up's own writes checkpointed
    await kasir('sales.commit', {
      id: uuidv7(),
      shiftId,
      lines: [{ productId: shop.products.gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 20_000 }],
    });
    expect(h.core.db.prepare('SELECT COUNT(*) FROM sales').pluck().get()).toBe(1);
    expect(salesInMainFile()).toBe(0); // the commit did not checkpoint
    await sleep(CHECKPOINT_DEFAULTS.idleMs * 3);
    expect(salesInMainFile()).toBe(1);
  });

  it('the connection keeps SQLite’s own checkpoint only as the bound, far above one sale', () => {
    expect(h.core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_DEFAULTS.boundPages);
    expect(h.core.db.pragma('journal_size_limit', { simple: true })).toBe(CHECKPOINT_DEFAULTS.sizeLimitBytes);
  });
});
