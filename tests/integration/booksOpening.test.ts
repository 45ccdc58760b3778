// Opening balances for a koperasi that starts mid-year, through `kkmp books opening` and the
// router on a real SQLite file: a good CSV (Indonesian thousands dots, ';') becomes one balanced
// entry; an XLSX with bad rows is reported row by row in Indonesian and writes nothing, as does a
// file that does not balance, a date in a closed period, or a second import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHost, type Host } from '../../electron/host/host';
import { createUser } from '../../electron/services/auth/auth';
import type { TrialBalance } from '../../shared/api/books';
import { kkmp } from '../support/cli';

let dir: string;
let dbFile: string;
let host: Host;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kkmp-opening-'));
  dbFile = join(dir, 'outlet.sqlite');
  host = openHost({ dbFile, create: true, now: () => new Date('2026-07-15T02:00:00Z') });
  createUser(host.core, { username: 'hendra', displayName: 'Hendra', role: 'manajer', pin: '444444' }, null);
  host.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD_CSV = [
  'kode_akun;nama_akun;debit;kredit',
  '1101;Kas besar;2.500.000;',
  '1111;Bank;Rp10.000.000;0',
  '2101;Utang usaha;;1.500.000',
  '3101;Simpanan pokok;;1000000',
  '3201;Cadangan;;10.000.000',
  '',
].join('\r\n');

const opening = (file: string, date = '2026-06-30') =>
  kkmp('books', 'opening', '--db', dbFile, '--file', file, '--date', date, '--manager', 'hendra', '--pin', '444444');
const entries = () => {
  const h = openHost({ dbFile });
  try {
    return h.core.db.prepare('SELECT COUNT(*) FROM journal_entries').pluck().get() as number;
  } finally {
    h.close();
  }
};

describe('kkmp books opening', () => {
  it('posts a balanced CSV as one entry on its date; a second import is refused', async () => {
    const file = join(dir, 'saldo-awal.csv');
    writeFileSync(file, GOOD_CSV);
    const r = await opening(file);
    expect(r.err).toBe('');
    expect(r.out).toBe('Saldo awal per 2026-06-30: 5 akun, debit Rp12.500.000 = kredit Rp12.500.000');
    expect(r.code).toBe(0);

    const h = openHost({ dbFile });
    try {
      const login = await h.router.call('auth.login', { username: 'hendra', pin: '444444' }, null);
      const token = (login as { result: { token: string } }).result.token;
      const tb = (await h.router.call('books.trialBalance', { to: '2026-06-30' }, token)) as { result: TrialBalance };
      expect(tb.result.rows.map((row) => [row.accountCode, row.debit, row.credit])).toEqual([
        ['1101', 2_500_000, 0],
        ['1111', 10_000_000, 0],
        ['2101', 0, 1_500_000],
        ['3101', 0, 1_000_000],
        ['3201', 0, 10_000_000],
      ]);
      // The day before the opening date the books are empty.
      const before = (await h.router.call('books.trialBalance', { to: '2026-06-29' }, token)) as { result: TrialBalance };
      expect(before.result.totalDebit).toBe(0);
    } finally {
      h.close();
    }
    const again = await opening(file);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Saldo awal sudah diimpor per 30/06/2026');
    expect(entries()).toBe(1);
  });

  it('reports every bad row of an XLSX in Indonesian and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Saldo awal');
    ws.addRows([
      ['account_code', 'account_name', 'debit', 'credit'],
      ['1101', 'Kas besar', 1_000_000, null],
      ['9999', 'Akun karangan', 5_000, null],
      ['1133', 'Persediaan Minyakita', 300_000, null],
      ['1111', 'Bank', 200_000, 200_000],
      ['2101', 'Utang usaha', null, '1,5'],
      ['1101', 'Kas besar lagi', 1, null],
    ]);
    const file = join(dir, 'saldo-awal.xlsx');
    await wb.xlsx.writeFile(file);
    const before = entries();
    const r = await opening(file);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      'Baris 3 (account_code): Akun "9999" tidak ada (atau tidak aktif) di bagan akun.',
      'Baris 4 (account_code): Akun persediaan 1133 tidak diisi lewat saldo awal: masukkan stok awal sebagai penerimaan barang, supaya buku sama dengan kartu stok.',
      'Baris 5 (debit): Akun 1111: isi debit atau kredit, salah satu saja.',
      'Baris 6 (credit): "1,5" bukan jumlah rupiah bulat (contoh: 1500000 atau 1.500.000).',
      'Baris 7 (account_code): Akun 1101 sudah ada di baris 2.',
      '5 baris bermasalah; tidak ada yang disimpan. Perbaiki baris yang disebut lalu impor lagi.',
    ]);
    expect(entries()).toBe(before);
  });

  it('refuses a file that does not balance, and a date inside a closed period', async () => {
    const unbalanced = join(dir, 'tidak-seimbang.csv');
    writeFileSync(unbalanced, 'account_code,debit,credit\n1101,1000000,\n3201,,900000\n');
    const r = await opening(unbalanced);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Saldo awal tidak seimbang: debit Rp1.000.000, kredit Rp900.000. Tidak ada yang disimpan.');

    expect((await kkmp('books', 'close', '--db', dbFile, '--to', '2026-06-30', '--manager', 'hendra', '--pin', '444444')).code).toBe(0);
    const good = join(dir, 'saldo-awal.csv');
    writeFileSync(good, GOOD_CSV);
    const closed = await opening(good, '2026-06-15');
    expect(closed.code).toBe(1);
    expect(closed.err).toBe('Periode sampai 30/06/2026 sudah ditutup; pilih tanggal sesudahnya.');
    expect(entries()).toBe(0);
    // The first open day takes it.
    expect((await opening(good, '2026-07-01')).code).toBe(0);
  });
});
