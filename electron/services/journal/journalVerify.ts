// Checks the journal against the database: the chain of entries (digest, HMAC, no gaps, no cut
// tail), then every journaled row against its last sealed state. Names each finding with its
// table and primary key, so a person can look at the row.
import type { Db } from '../../db/connection';
import { entryDigest, entryMac, JOURNAL_GENESIS, rowHash, type JournalHead } from './journal';
import { contentExpr, keyExpr, recordedShapes } from './triggers';
import { JOURNALED_TABLES } from './coverage';
import { rowContext } from './rowContext';

export interface JournalFinding {
  check: 'journal_chain' | 'journal_rows';
  detail: string;
}

export interface JournalVerifyOptions {
  /** The journal key; without it the chain's digests are checked but not its HMACs. */
  key: Buffer | null;
  /** Heads kept outside the database (Z reports, backup manifests): each must still be in the chain. */
  anchors?: JournalHead[];
}

export function verifyJournal(db: Db, options: JournalVerifyOptions): JournalFinding[] {
  const out: JournalFinding[] = [];
  const chain = (detail: string) => out.push({ check: 'journal_chain', detail });
  const sealed = new Map<string, { hash: string; seq: number }>();
  const macs = new Map<number, string>();
  let prevMac = JOURNAL_GENESIS;
  let expectSeq = 1;
  const entries = db.prepare('SELECT seq, at, rows, digest, mac FROM journal ORDER BY seq').iterate() as IterableIterator<{
    seq: number;
    at: string;
    rows: string;
    digest: string;
    mac: string;
  }>;
  for (const e of entries) {
    if (e.seq !== expectSeq) chain(`journal entries ${expectSeq}–${e.seq - 1} are missing (deleted)`);
    if (entryDigest(e.rows) !== e.digest) chain(`journal entry ${e.seq}: its row list does not match its digest (edited)`);
    else if (options.key && entryMac(options.key, e, prevMac) !== e.mac)
      chain(`journal entry ${e.seq}: HMAC does not match (forged, edited or reordered without the key)`);
    for (const line of e.rows.split('\n')) {
      const [tbl, k, hash] = line.split('\t');
      sealed.set(`${tbl}\t${k}`, { hash: hash!, seq: e.seq });
    }
    macs.set(e.seq, e.mac);
    prevMac = e.mac;
    expectSeq = e.seq + 1;
  }
  const last = expectSeq - 1;
  const highest = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'journal'").pluck().get() as number | undefined) ?? 0;
  if (highest > last) chain(`journal ends at entry ${last} but had reached entry ${highest}: the last entries were removed`);
  for (const a of options.anchors ?? []) {
    if (a.seq === 0) continue;
    const mac = macs.get(a.seq);
    if (mac === undefined)
      chain(`journal ends at entry ${last}, but an outside record (Z report / backup manifest) shows entry ${a.seq}: the tail was cut off`);
    // A Z report keeps the HMAC's first digits only: a prefix of the real one is a match.
    else if (!mac.startsWith(a.mac)) chain(`journal entry ${a.seq} differs from the outside record of it: the journal was rewritten`);
  }

  const rows = (detail: string) => out.push({ check: 'journal_rows', detail });
  const shapes = recordedShapes(db);
  for (const tbl of JOURNALED_TABLES) {
    const shape = shapes.get(tbl);
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(tbl);
    if (!exists) continue;
    if (!shape) {
      rows(`${tbl}: not journaled (journal_columns has no entry)`);
      continue;
    }
    const it = db
      .prepare(`SELECT ${keyExpr(shape, '')} AS k, ${contentExpr(shape, '')} AS v FROM "${tbl}"`)
      .raw(true)
      .iterate() as IterableIterator<[string, string]>;
    for (const [k, v] of it) {
      const where = `${tbl}\t${k}`;
      const s = sealed.get(where);
      if (!s || s.hash === '-') rows(`${tbl} ${k}: row not in the journal (written outside the app)${rowContext(db, tbl, k)}`);
      else if (s.hash !== rowHash(tbl, k, v)) rows(`${tbl} ${k}: changed since journal entry ${s.seq} (edited outside the app)${rowContext(db, tbl, k)}`);
      sealed.delete(where);
    }
  }
  for (const [where, s] of sealed) {
    if (s.hash === '-') continue;
    const [tbl, k] = where.split('\t');
    if ((JOURNALED_TABLES as readonly string[]).includes(tbl!)) rows(`${tbl} ${k}: deleted (journal entry ${s.seq} recorded it)${rowContext(db, tbl!, k!)}`);
  }
  return out;
}
