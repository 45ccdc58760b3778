// The demo outlet gets its books from its own operations (kkmp seed --demo): its neraca balances,
// persediaan equals the stock ledger at average cost, and every statement shows real numbers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { kkmp } from '../support/cli';
import { copyDemo } from '../support/demoTemplate';

// The run's demo outlet (`kkmp seed --demo --until 2026-11-20`, made once and copied): the file that
// makes it waits for a month of selling through the real services; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const dir = mkdtempSync(join(tmpdir(), 'kkmp-books-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo outlet’s books', () => {
  it('neraca balances, persediaan = ledger at average cost, laba rugi has member and non-member revenue', async () => {
    const db = join(dir, 'demo.sqlite');
    copyDemo(db, { until: '2026-11-20' });
    const read = async (kind: string) => {
      const out = join(dir, `${kind}.csv`);
      expect(
        (await kkmp('books', 'report', '--db', db, '--kind', kind, '--from', '2026-11-01', '--to', '2026-11-20', '--format', 'csv', '--out', out)).code,
      ).toBe(0);
      return parse(readFileSync(out), { columns: false, relax_column_count: true }) as string[][];
    };
    const neraca = await read('neraca');
    const row = (rows: string[][], label: string) =>
      rows
        .find((r) => r[1] === label)!
        .slice(2)
        .map(Number);
    expect(row(neraca, 'Jumlah aset')[0]).toBeGreaterThan(0);
    expect(row(neraca, 'Jumlah aset')).toEqual(row(neraca, 'Jumlah kewajiban dan ekuitas'));

    const d = openDatabase(db, { readonly: true });
    try {
      const ledger = d.prepare('SELECT SUM(ROUND(qty_milli * avg_cost / 1000.0)) FROM stock_balances').pluck().get() as number;
      const books = d.prepare("SELECT SUM(l.debit - l.credit) FROM journal_lines l WHERE l.account_code GLOB '113[1-5]*'").pluck().get() as number;
      expect(books).toBe(ledger);
    } finally {
      d.close();
    }
    const lr = await read('laba-rugi');
    expect(row(lr, 'Pendapatan penjualan anggota')[0]).toBeGreaterThan(0);
    expect(row(lr, 'Pendapatan penjualan non-anggota')[0]).toBeGreaterThan(0);
    expect(row(lr, 'Harga pokok penjualan')[0]).toBeGreaterThan(0);
  });
});
