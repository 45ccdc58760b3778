import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTempHost, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { importHistory } from '../../electron/services/sales/salesImport';
import { runCli } from '../../electron/host/cli/runCli';
import { openHost } from '../../electron/host/host';
import type { SessionUser } from '../../electron/services/auth/auth';

let h: TempHost;
let manager: SessionUser;
let gula: string;

const receipt = { type: 'receipt', doc: 'DO-2025-0001', at: '2025-03-01T00:30:00Z', lines: [{ sku: 'GULA1', qtyMilli: 10_000, unitCost: 15_000 }] };
const sale = {
  type: 'sale',
  id: '0195a0b0-0000-7000-8000-000000000001',
  at: '2025-03-01T02:00:00Z',
  lines: [{ barcode: '8991234567891', qtyMilli: 2000 }],
  payments: [{ method: 'cash', amount: 50_000 }],
  total: 34_000,
};
const jsonl = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));

beforeEach(() => {
  h = openTempHost();
  manager = { id: addUser(h, 'bu_rina', 'manajer', '222222'), username: 'bu_rina', displayName: 'bu_rina', role: 'manajer' };
  gula = createProduct(
    h.core,
    { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece', barcodes: ['08991234567891'], price: { amount: 17_000, validFrom: '2025-01-01' } },
    null,
  );
});
afterEach(() => h.dispose());

describe('import of sales history', () => {
  it('replays deliveries and sales on their own dates, in a closed IMPORT shift, with stock and receipt numbers', async () => {
    const report = await importHistory(h.core, manager, jsonl(receipt, sale));
    expect(report).toMatchObject({ sales: 1, saleLines: 1, receipts: 1, replayed: 0, rejected: [] });
    const s = h.core.db.prepare('SELECT receipt_no, business_date, created_at, total, change_due, shift_id FROM sales').get() as Record<string, unknown>;
    // 02:00 UTC is 10:00 WITA on 1 March 2025: the receipt number carries the historical day.
    expect(s).toMatchObject({
      receipt_no: 'GI-20250301-0001',
      business_date: '2025-03-01',
      created_at: '2025-03-01T02:00:00.000Z',
      total: 34_000,
      change_due: 16_000,
    });
    const shift = h.core.db.prepare('SELECT terminal, closed_at FROM shifts WHERE id = ?').get(s.shift_id) as { terminal: string; closed_at: string | null };
    expect(shift).toEqual({ terminal: 'IMPORT', closed_at: '2025-03-01T02:00:00.000Z' });
    const onHand = h.core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').get(gula) as { qty_milli: number };
    expect(onHand.qty_milli).toBe(8_000);
  });

  it('running the same file again writes nothing new', async () => {
    await importHistory(h.core, manager, jsonl(receipt, sale));
    const again = await importHistory(h.core, manager, jsonl(receipt, sale));
    expect(again).toMatchObject({ sales: 0, replayed: 1, receipts: 0, receiptsSkipped: 1, rejected: [] });
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM stock_moves').get() as { n: number }).n).toBe(2);
  });

  it('refuses bad lines by line number and keeps the good ones of the same batch', async () => {
    const wrongTotal = { ...sale, id: '0195a0b0-0000-7000-8000-000000000002', total: 30_000 };
    const unknown = { ...sale, id: '0195a0b0-0000-7000-8000-000000000003', lines: [{ sku: 'NOPE', qtyMilli: 1000 }] };
    const tooMuch = {
      ...sale,
      id: '0195a0b0-0000-7000-8000-000000000004',
      lines: [{ sku: 'GULA1', qtyMilli: 50_000 }],
      payments: [{ method: 'cash', amount: 850_000 }],
      total: 850_000,
    };
    const report = await importHistory(h.core, manager, jsonl(receipt, '{not json', wrongTotal, unknown, tooMuch, sale));
    expect(report.sales).toBe(1);
    expect(report.rejected).toEqual([
      { line: 2, code: 'IMPORT_RECORD_INVALID', params: { line: 2, path: '', message: 'JSON' } },
      { line: 3, code: 'IMPORT_TOTAL_MISMATCH', params: { saleId: wrongTotal.id, fileTotal: 30_000, total: 34_000 } },
      { line: 4, code: 'IMPORT_PRODUCT_UNKNOWN', params: { ref: 'NOPE' } },
      { line: 5, code: 'STOCK_INSUFFICIENT', params: { productId: gula, onHandMilli: 10_000, requestedMilli: 50_000 } },
    ]);
    // The refused sales left no rows and no receipt numbers behind: the next number is 0001.
    expect(h.core.db.prepare('SELECT receipt_no FROM sales').all()).toEqual([{ receipt_no: 'GI-20250301-0001' }]);
  });

  it('runs as a manager or admin only', async () => {
    const kasir = { id: addUser(h, 'sari', 'kasir', '1111'), username: 'sari', displayName: 'sari', role: 'kasir' as const };
    await expect(importHistory(h.core, kasir, jsonl(sale))).rejects.toMatchObject({ code: 'IMPORT_USER_NOT_MANAGER' });
  });
});

describe('kkmp import sales', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kkmp-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a JSONL file, prints a summary and exits 1 listing the refused lines', async () => {
    const db = join(dir, 'outlet.sqlite');
    const file = join(dir, 'history.jsonl');
    const io = {
      lines: [] as string[],
      out(l: string) {
        this.lines.push(l);
      },
      err(l: string) {
        this.lines.push(l);
      },
    };
    expect(await runCli(['init', '--db', db, '--admin-pin', '123456'], io)).toBe(0);
    const host = openHost({ dbFile: db });
    createProduct(
      host.core,
      { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece', barcodes: ['08991234567891'], price: { amount: 17_000, validFrom: '2025-01-01' } },
      null,
    );
    host.close();
    writeFileSync(file, `${jsonl(receipt, sale, { ...sale, id: '0195a0b0-0000-7000-8000-000000000009', total: 1 }).join('\n')}\n`);
    io.lines = [];
    expect(await runCli(['import', 'sales', '--db', db, '--file', file], io)).toBe(1);
    expect(io.lines[0]).toMatch(
      /^Impor selesai \/ import done in [\d.]+ s: 1 penjualan \/ sales \(1 baris \/ lines\).*1 penerimaan \/ deliveries.*1 ditolak \/ refused$/,
    );
    expect(io.lines[1]).toContain('baris / line 3: Total penjualan 0195a0b0-0000-7000-8000-000000000009 berbeda: di berkas Rp1, dihitung Rp34.000');
    // `kkmp import` is shared with the catalog import: another kind is not taken for sales.
    expect(await runCli(['import', 'pelanggan', '--db', db, '--file', file], io)).toBe(1);
    // The Indonesian line carries the code; an English line follows it (every kkmp error).
    expect(io.lines.join('\n')).toContain('CLI_IMPORT_UNKNOWN');
  });
});
