// Files with members' personal data or the keys are owner-only (0600) on Linux (issue 16, item
// 10): the database with its -wal and -shm, backups and their manifests, exports, the key file
// and the wrapped key export. The umask is set to the common 022 first, so the modes come from
// the app, not from a strict test machine.
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kkmp } from '../support/cli';
import { openTempHost, type TempHost } from '../support/tempHost';
import { setupShop } from '../support/shop';
import { openDatabase } from '../../electron/db/connection';

const mode = (f: string) => (statSync(f).mode & 0o777).toString(8);
let h: TempHost;
let oldMask: number;

beforeAll(() => {
  oldMask = process.umask(0o022);
  h = openTempHost();
  setupShop(h);
});
afterAll(() => {
  h.dispose();
  process.umask(oldMask);
});

describe('owner-only files (Linux modes on real files, umask 022)', () => {
  it.skipIf(process.platform === 'win32')('the open database, its WAL and SHM, and the NIK key file', () => {
    for (const f of [h.dbFile, `${h.dbFile}-wal`, `${h.dbFile}-shm`, `${h.dbFile}.key`]) expect([f, mode(f)]).toEqual([f, '600']);
  });

  it.skipIf(process.platform === 'win32')('a database made readable for all by an older version is tightened at the next open', () => {
    const old = join(h.dir, 'lama.sqlite');
    openDatabase(old, { create: true }).close();
    chmodSync(old, 0o644);
    const db = openDatabase(old);
    db.exec('CREATE TABLE t (x)');
    expect([mode(old), mode(`${old}-wal`)]).toEqual(['600', '600']);
    db.close();
  });

  it.skipIf(process.platform === 'win32')('a backup with its manifest, the exports and the wrapped key export', async () => {
    h.close();
    const out = join(h.dir, 'out');
    const backup = join(h.dir, 'cadangan.sqlite');
    writeFileSync(join(h.dir, 'sandi.txt'), 'kopi pagi di gerai merah putih\n');
    expect((await kkmp('backup', '--db', h.dbFile, '--out', backup)).code).toBe(0);
    expect((await kkmp('key', 'export', '--db', h.dbFile, '--out', join(h.dir, 'kunci.kkmpkey'), '--passphrase-file', join(h.dir, 'sandi.txt'))).code).toBe(0);
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const r = await kkmp(
        'export',
        'kartu-stok',
        '--db',
        h.dbFile,
        '--all',
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-30',
        '--format',
        format,
        '--out',
        `${out}.${format}`,
      );
      expect(r.code).toBe(0);
    }
    const files = readdirSync(h.dir).filter((f) => /^(cadangan|kunci|out\.)/.test(f));
    expect(files.sort()).toEqual(['cadangan.sqlite', 'cadangan.sqlite.manifest.json', 'kunci.kkmpkey', 'out.csv', 'out.pdf', 'out.xlsx']);
    for (const f of files) expect([f, mode(join(h.dir, f))]).toEqual([f, '600']);
  });
});
