import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { openHost } from '../../electron/host/host';
import { runCli } from '../../electron/host/cli/runCli';
import { createUser } from '../../electron/services/auth/auth';
import { createMember } from '../../electron/services/members/members';
import { deposit } from '../../electron/services/members/simpanan';
import { commitSale } from '../../electron/services/sales/sales';
import { putSetting } from '../../electron/services/settings/settings';
import { uuidv7 } from '../../shared/ids';
import { stockedProduct } from '../support/members';

let dir: string;
let dbFile: string;

/** The worked example of docs/domain/members-and-shu.md in a real outlet database: A bought Rp6.000.000 of Rp600.000.000 and saves Rp1.200.000 of Rp240.000.000. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kkmp-shu-cli-'));
  dbFile = join(dir, 'outlet.sqlite');
  const clock = { now: new Date('2025-12-15T02:00:00Z') };
  const host = openHost({ dbFile, create: true, now: () => clock.now });
  const core = host.core;
  putSetting(core, 'shu.savings_include_sukarela', '2000-01-01', true, null);
  putSetting(core, 'sales.require_open_shift', '2000-01-01', false, null);
  const a = createMember(core, { memberNo: '0001', name: 'Anggota A', joinDate: '2025-12-01' }, null);
  const b = createMember(core, { memberNo: '0002', name: 'Anggota B', joinDate: '2025-12-01' }, null);
  for (const [m, sukarela] of [
    [a, 1_150_000],
    [b, 238_750_000],
  ] as const) {
    deposit(core, { memberId: m.id, kind: 'pokok', method: 'cash' }, null);
    deposit(core, { memberId: m.id, kind: 'sukarela', amount: sukarela, method: 'cash' }, null);
  }
  clock.now = new Date('2026-06-01T02:00:00Z');
  const kasir = createUser(core, { username: 'sari', displayName: 'Sari', role: 'kasir', pin: '1111' }, null);
  const product = stockedProduct(core, 'PAKET', 1_000_000);
  for (const [m, pieces] of [
    [a, 6],
    [b, 594],
  ] as const) {
    commitSale(core, kasir, {
      id: uuidv7(),
      memberId: m.id,
      lines: [{ productId: product, qtyMilli: pieces * 1000 }],
      payments: [{ method: 'cash', amount: pieces * 1_000_000 }],
    });
  }
  host.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('kkmp shu (CLI on a real database)', () => {
  it('npm run kkmp -- shu writes the worked example: JU_A Rp250.000, JM_A Rp100.000, SHU_A Rp350.000', () => {
    const out = join(dir, 'shu.csv');
    execFileSync('npm', ['run', '-s', 'kkmp', '--', 'shu', '--db', dbFile, '--year', '2026', '--surplus', '100000000', '--format', 'csv', '--out', out], {
      stdio: 'pipe',
    });
    const rows = parse(readFileSync(out), { columns: true, bom: true }) as Record<string, string>[];
    const pick = (r: Record<string, string>) => [r.member_no, r.name, r.purchase_basis, r.savings_basis, r.jasa_usaha, r.jasa_modal, r.shu_total];
    expect(rows.map(pick)).toEqual([
      ['0001', 'Anggota A', '6000000', '1200000', '250000', '100000', '350000'],
      ['0002', 'Anggota B', '594000000', '238800000', '24750000', '19900000', '44650000'],
    ]);
  });

  it('writes XLSX and PDF, and refuses bad flags with a clear message and a non-zero exit', async () => {
    const xlsx = join(dir, 'shu.xlsx');
    expect((await cli('shu', '--db', dbFile, '--year', '2026', '--surplus', 'Rp100.000.000', '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    const sheet = (await readXlsxFile(readFileSync(xlsx))).find((s) => s.sheet === 'Daftar SHU')!.data;
    expect(sheet.find((r) => r[0] === '0001')!.slice(4, 7)).toEqual([250_000, 100_000, 350_000]);
    const pdf = join(dir, 'shu.pdf');
    expect((await cli('shu', '--db', dbFile, '--year', '2026', '--surplus', '100000000', '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const bad = await cli('shu', '--db', dbFile, '--year', '2026', '--surplus', '12,5', '--format', 'csv', '--out', join(dir, 'x.csv'));
    expect(bad.code).toBe(1);
    expect(bad.err.join()).toContain('Nilai --surplus tidak valid: "12,5"');
    expect((await cli('shu', '--db', dbFile, '--year', '2026', '--surplus', '1', '--format', 'doc', '--out', join(dir, 'x.doc'))).code).toBe(1);
    expect((await cli('shu', '--db', dbFile, '--year', '2026', '--surplus', '1')).err.join()).toContain('--out');
  });

  it('refuses an allocation that does not add up to 100 % (a clear error, exit 1)', async () => {
    const host = openHost({ dbFile });
    putSetting(
      host.core,
      'shu.allocation',
      '2026-01-01',
      { cadangan: '30', jasaUsaha: '30', jasaModal: '20', danaPengurus: '5', danaKaryawan: '5', danaPendidikan: '5', danaSosial: '5', danaPembangunan: '5' },
      null,
    );
    host.close();
    const r = await cli('shu', '--db', dbFile, '--year', '2026', '--surplus', '1000', '--out', join(dir, 'y.csv'));
    expect(r.code).toBe(1);
    expect(r.err.join()).toContain('Pembagian SHU harus berjumlah tepat 100 %, sekarang 105 %. (SHU_ALLOCATION_NOT_100)');
  });
});
