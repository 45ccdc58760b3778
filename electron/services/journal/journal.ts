// The keyed journal: each write transaction ends with one entry that commits to every journaled
// row it wrote (a SHA-256 per row, one digest over them) and one HMAC-SHA256 chaining the entry to
// the previous one. The key comes from the outlet's sealed key material (the NIK keys, see
// electron/services/privacy), so someone with only the SQLite file cannot forge an entry.
import { createHmac, hash, hkdfSync } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { KeyProvider } from '../core';

export const JOURNAL_GENESIS = '0'.repeat(64);

const derived = new WeakMap<KeyProvider, Buffer>();

/** A key of its own for the journal, derived from the sealed data key (HKDF, its own label). */
export function journalKey(keys: KeyProvider): Buffer {
  let key = derived.get(keys);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', keys.dataKey(), 'kasir-kkmp', 'journal-mac-v1', 32));
    derived.set(keys, key);
  }
  return key;
}

// One-shot hash(): a commit hashes every row it wrote, and a hasher object per row cost twice as
// much (docs/performance.md). Same SHA-256 of the same UTF-8 text as before.
export function rowHash(tbl: string, k: string, v: string): string {
  return hash('sha256', `${tbl}\u0000${k}\u0000${v}`, 'hex');
}

export function entryDigest(rows: string): string {
  return hash('sha256', rows, 'hex');
}

export function entryMac(key: Buffer, e: { seq: number; at: string; digest: string }, prevMac: string): string {
  return createHmac('sha256', key).update(`${e.seq}\n${e.at}\n${prevMac}\n${e.digest}`).digest('hex');
}

export interface JournalHead {
  /** Entries written so far (0 for none); the sequence number of the last one. */
  seq: number;
  /** The last entry's HMAC: whoever keeps it can later tell a cut-off or rewritten journal. */
  mac: string;
  at: string | null;
}

/** The chain head, for the Z report, each backup's manifest and the central sync (issue 19). */
export function journalHead(db: Db): JournalHead {
  const row = db.prepare('SELECT seq, mac, at FROM journal ORDER BY seq DESC LIMIT 1').get() as { seq: number; mac: string; at: string } | undefined;
  return row ?? { seq: 0, mac: JOURNAL_GENESIS, at: null };
}

/** The highest pending id now: writes queued after it belong to the transaction that asked. */
export function pendingMark(db: Db): number {
  return (db.prepare('SELECT COALESCE(MAX(id), 0) FROM journal_pending').pluck().get() as number) ?? 0;
}

/**
 * Seals what this transaction queued (ids above `mark`) into one entry. Rows queued before the
 * mark were written on this connection outside any write transaction: they are left unsealed, so
 * verify reports them.
 */
export function sealPending(db: Db, keys: KeyProvider, mark: number, now: Date): JournalHead | null {
  const queued = db.prepare('SELECT tbl, k, v FROM journal_pending WHERE id > ? ORDER BY id').raw(true).all(mark) as [string, string, string | null][];
  if (queued.length === 0) return null;
  const last = new Map<string, string>();
  for (const [tbl, k, v] of queued) last.set(`${tbl}\t${k}`, v === null ? '-' : rowHash(tbl, k, v));
  const rows = [...last].map(([where, hash]) => `${where}\t${hash}`).join('\n');
  const prev = journalHead(db);
  const entry = { seq: prev.seq + 1, at: now.toISOString(), digest: entryDigest(rows) };
  const mac = entryMac(journalKey(keys), entry, prev.mac);
  db.prepare('INSERT INTO journal (seq, at, rows, digest, mac) VALUES (?, ?, ?, ?, ?)').run(entry.seq, entry.at, rows, entry.digest, mac);
  db.prepare('DELETE FROM journal_pending WHERE id > ?').run(mark);
  return { seq: entry.seq, mac, at: entry.at };
}
