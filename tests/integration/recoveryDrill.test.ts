// The recovery drill of docs/operations.md ("Latihan pemulihan"), step by step on real files: a
// backup and a passphrase-wrapped key export on two sticks, the shop PC lost, restore on a new
// folder refused without the key and with a wrong passphrase (nothing written), then done with
// the right one; verify is clean with the journal's HMACs checked and the buyers' NIKs are found.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kkmp } from '../support/cli';
import { nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { openHost } from '../../electron/host/host';
import { errorText } from '../../shared/i18n/errorMessages';

let w: LpgWorld;
let stickA: string;
let stickB: string;
let newPc: string;

beforeEach(async () => {
  w = await openLpgWorld();
  await w.buyer(1234);
  await w.sell({ nik: nikOf(1234) });
  w.h.close();
  for (const d of [(stickA = join(w.h.dir, 'usb-cadangan')), (stickB = join(w.h.dir, 'usb-kunci')), (newPc = join(w.h.dir, 'pc-baru'))]) mkdirSync(d);
  writeFileSync(join(w.h.dir, 'sandi.txt'), 'kopi pagi di gerai merah putih\n');
  writeFileSync(join(w.h.dir, 'salah.txt'), 'teh sore di gerai merah putih\n');
});
afterEach(() => w.h.dispose());

describe('recovery drill (operations.md, real files through kkmp)', () => {
  it('backup + key export on separate sticks; restore asks for the key, refuses a wrong passphrase, then restores with NIKs readable', async () => {
    const backup = join(stickA, 'kkmp-20260110.sqlite');
    const wrapped = join(stickB, 'kunci-gerai.kkmpkey');
    // 1. back up: the key does not travel with it
    expect((await kkmp('backup', '--db', w.h.dbFile, '--out', backup)).code).toBe(0);
    expect(readdirSync(stickA).sort()).toEqual(['kkmp-20260110.sqlite', 'kkmp-20260110.sqlite.manifest.json']);
    // 2. export the key under a passphrase, onto the other stick; a weak passphrase is refused
    writeFileSync(join(w.h.dir, 'lemah.txt'), 'gerai123\n');
    const weak = await kkmp('key', 'export', '--db', w.h.dbFile, '--out', wrapped, '--passphrase-file', join(w.h.dir, 'lemah.txt'));
    expect(weak.err).toContain(errorText('PASSPHRASE_WEAK', { min: 12, words: 3 }, 'id'));
    expect(existsSync(wrapped)).toBe(false);
    const exported = await kkmp('key', 'export', '--db', w.h.dbFile, '--out', wrapped, '--passphrase-file', join(w.h.dir, 'sandi.txt'));
    expect(exported.code).toBe(0);
    // the wrapped file holds no key material in the clear
    const keyJson = JSON.parse(readFileSync(`${w.h.dbFile}.key`, 'utf8')) as { data: string; lookup: string };
    expect(readFileSync(wrapped, 'utf8')).not.toContain(keyJson.data);
    expect(readFileSync(wrapped, 'utf8')).not.toContain(keyJson.lookup);

    // 3. the shop PC is lost: only the two sticks are left; restore without the key is refused
    const db = join(newPc, 'outlet.sqlite');
    const noKey = await kkmp('restore', '--from', backup, '--db', db);
    expect(noKey.code).toBe(1);
    expect(noKey.err).toContain(errorText('RESTORE_KEY_NEEDED', { file: backup }, 'id'));
    // 4. a wrong passphrase: refused in words, nothing written
    const wrong = await kkmp('restore', '--from', backup, '--db', db, '--wrapped-key', wrapped, '--passphrase-file', join(w.h.dir, 'salah.txt'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain(errorText('PASSPHRASE_WRONG', { file: wrapped }, 'id'));
    expect(readdirSync(newPc)).toEqual([]);
    // 5. the right one restores the database and its key, both owner-only
    const ok = await kkmp('restore', '--from', backup, '--db', db, '--wrapped-key', wrapped, '--passphrase-file', join(w.h.dir, 'sandi.txt'));
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('kunci dari file ekspor');
    for (const f of [db, `${db}.key`]) expect(statSync(f).mode & 0o777).toBe(0o600);
    // 6. verify with the key (HMACs checked) and against the backup's manifest: clean
    expect(await kkmp('verify', '--db', db, '--anchor', `${backup}.manifest.json`)).toMatchObject({ code: 0, err: '' });
    // 7. the app on the new PC finds the buyer by NIK: the lookup key came back too
    const host = openHost({ dbFile: db });
    try {
      const login = await host.router.call('auth.login', { username: 'sari', pin: '1111' }, null);
      const token = (login as { ok: true; result: { token: string } }).result.token;
      const found = await host.router.call('lpg.buyers.find', { nik: nikOf(1234) }, token);
      expect(found).toMatchObject({ ok: true, result: { buyer: { nikMasked: '****1234', name: 'Pembeli 1234' } } });
    } finally {
      host.close();
    }
  });

  it('a key file from another outlet is refused at restore, nothing written', async () => {
    const backup = join(stickA, 'b.sqlite');
    expect((await kkmp('backup', '--db', w.h.dbFile, '--out', backup)).code).toBe(0);
    const other = await openLpgWorld();
    try {
      other.h.close();
      const wrapped = join(stickB, 'lain.kkmpkey');
      expect((await kkmp('key', 'export', '--db', other.h.dbFile, '--out', wrapped, '--passphrase-file', join(w.h.dir, 'sandi.txt'))).code).toBe(0);
      const db = join(newPc, 'outlet.sqlite');
      const r = await kkmp('restore', '--from', backup, '--db', db, '--wrapped-key', wrapped, '--passphrase-file', join(w.h.dir, 'sandi.txt'));
      expect(r.err).toContain(errorText('RESTORE_KEY_MISMATCH', { file: wrapped }, 'id'));
      expect(readdirSync(newPc)).toEqual([]);
    } finally {
      other.h.dispose();
    }
  });
});
