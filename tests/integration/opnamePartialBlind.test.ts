// Stock opname counted in parts and blind, on a real SQLite file through the router: a supervisor
// counts without seeing the system quantity, the manajer posts what is counted (the rest stays
// open), a large difference needs a reason and the manajer's PIN, and the audit keeps the reasons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { putSetting } from '../../electron/services/settings/settings';
import type { OpnameView } from '../../electron/services/opname/opname';

let h: TempHost;
let manajer: Caller;
let supervisor: Caller;
let gula: string;
let minyak: string;
const PIN = { username: 'budi', pin: '222222' };

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-11-10T01:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'rina', 'supervisor', '3333');
  putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
  gula = createProduct(
    h.core,
    { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece', barcodes: ['08991234567891'], price: { amount: 17_000, validFrom: '2026-01-01' } },
    null,
  );
  minyak = createProduct(
    h.core,
    { sku: 'MINYAK1', name: 'Minyakita 1 L', unit: 'pcs', soldBy: 'piece', price: { amount: 15_700, validFrom: '2026-01-01' } },
    null,
  );
  manajer = await h.as('budi', '222222');
  supervisor = await h.as('rina', '3333');
  const d = await manajer<{ id: string }>('deliveries.create', {
    source: 'OTHER',
    supplier: 'CV Sumber Rejeki',
    docNo: 'SJ-200',
    deliveryDate: '2026-11-10',
    lines: [
      { productId: gula, expectedMilli: 40_000, unitCost: 15_000 },
      { productId: minyak, expectedMilli: 20_000, unitCost: 14_000 },
    ],
  });
  await manajer('deliveries.count', {
    deliveryId: d.id,
    lines: [
      { lineNo: 1, countedMilli: 40_000 },
      { lineNo: 2, countedMilli: 20_000 },
    ],
  });
  await manajer('deliveries.post', { deliveryId: d.id });
});
afterEach(() => h.dispose());

const balance = (id: string) => (h.core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').get(id) as { qty_milli: number }).qty_milli;

describe('stock opname, partial and blind', () => {
  it('hides the system quantity from the supervisor who counts, and shows it to the manajer', async () => {
    const o = await manajer<OpnameView>('opname.start', { title: 'Opname buta' });
    expect(o.blind).toBe(true);
    const line = await supervisor<OpnameView['lines'][number]>('opname.count', { opnameId: o.id, barcode: '8991234567891', qtyMilli: 38_000 });
    expect(line).toMatchObject({ countedMilli: 38_000, systemMilli: null, varianceMilli: null, varianceValue: null });
    const seen = await supervisor<OpnameView>('opname.get', { opnameId: o.id });
    expect(seen.systemHidden).toBe(true);
    expect(seen.lines.map((l) => l.systemMilli)).toEqual([null, null]);
    expect(seen.varianceValue).toBeNull();
    const review = await manajer<OpnameView>('opname.get', { opnameId: o.id });
    expect(review.lines.find((l) => l.productId === gula)).toMatchObject({ systemMilli: 40_000, varianceMilli: -2_000, varianceValue: -30_000 });
    // An open count with the blind switch off shows the supervisor everything.
    const open = await manajer<OpnameView>('opname.start', { title: 'Opname terbuka', productIds: [minyak], blind: false });
    expect((await supervisor<OpnameView>('opname.get', { opnameId: open.id })).lines[0]!.systemMilli).toBe(20_000);
  });

  it('posts what is counted and keeps the rest open; a later count compares with the balance of its own time', async () => {
    const o = await manajer<OpnameView>('opname.start', { title: 'Opname bertahap' });
    await supervisor('opname.count', { opnameId: o.id, productId: gula, qtyMilli: 39_000 });
    // Without saying what happens to minyak, the posting asks.
    expect(await errorOf(manajer('opname.post', { opnameId: o.id, approval: PIN }))).toEqual({
      code: 'OPNAME_NOT_COUNTED',
      params: { sku: 'MINYAK1', missing: 1 },
    });
    const first = await manajer<OpnameView>('opname.post', { opnameId: o.id, approval: PIN, uncounted: 'later' });
    expect(first).toMatchObject({ status: 'counting', posted: 1, counted: 1, total: 2 });
    expect(balance(gula)).toBe(39_000);
    expect(balance(minyak)).toBe(20_000);
    expect(await errorOf(supervisor('opname.count', { opnameId: o.id, productId: gula, qtyMilli: 1_000 }))).toEqual({
      code: 'OPNAME_LINE_POSTED',
      params: { sku: 'GULA1' },
    });

    // Days later, after a sale of 2 minyak, the rest is counted: 17 on the shelf against 18 in the system.
    h.clock.now = new Date('2026-11-12T02:00:00Z');
    const kasir = await h.as('budi', '222222');
    await kasir('sales.commit', {
      id: '01930000-0000-7000-8000-000000000001',
      lines: [{ productId: minyak, qtyMilli: 2_000 }],
      payments: [{ method: 'cash', amount: 50_000 }],
    });
    supervisor = await h.as('rina', '3333');
    manajer = kasir;
    await supervisor('opname.count', { opnameId: o.id, productId: minyak, qtyMilli: 17_000 });
    const done = await manajer<OpnameView>('opname.post', { opnameId: o.id, approval: PIN });
    expect(done).toMatchObject({ status: 'posted', posted: 2 });
    expect(done.lines.find((l) => l.productId === minyak)).toMatchObject({ systemMilli: 18_000, varianceMilli: -1_000 });
    expect(balance(minyak)).toBe(17_000);
    const moves = h.core.db.prepare("SELECT product_id, qty_milli FROM stock_moves WHERE kind = 'opname' ORDER BY id").all();
    expect(moves).toEqual([
      { product_id: gula, qty_milli: -1_000 },
      { product_id: minyak, qty_milli: -1_000 },
    ]);
    // The books follow the ledger: persediaan moved by both differences, each once.
    const entries = h.core.db.prepare("SELECT COUNT(*) AS n FROM journal_entries WHERE doc_type = 'opname' AND doc_id = ?").get(o.id) as { n: number };
    expect(entries.n).toBe(2);
  });

  it('asks a reason for a difference over the threshold and the manajer PIN, and audits both', async () => {
    putSetting(h.core, 'opname.reason_threshold', '2000-01-01', 20_000, null);
    const o = await manajer<OpnameView>('opname.start', { title: 'Opname alasan' });
    await supervisor('opname.count', { opnameId: o.id, productId: gula, qtyMilli: 37_000 }); // −3 × 15.000 = −45.000
    await supervisor('opname.count', { opnameId: o.id, productId: minyak, qtyMilli: 21_000 }); // +14.000, under the threshold
    const review = await manajer<OpnameView>('opname.get', { opnameId: o.id });
    expect(review.lines.map((l) => [l.sku, l.needsReason])).toEqual([
      ['GULA1', true],
      ['MINYAK1', false],
    ]);
    expect(await errorOf(manajer('opname.post', { opnameId: o.id, approval: PIN }))).toEqual({
      code: 'OPNAME_REASON_REQUIRED',
      params: { skus: 'GULA1', missing: 1, threshold: 20_000 },
    });
    const reasons = { [gula]: 'Tiga bungkus sobek, dibuang' };
    expect(await errorOf(manajer('opname.post', { opnameId: o.id, approval: { username: 'rina', pin: '3333' }, reasons }))).toEqual({
      code: 'OPNAME_MANAGER_PIN',
      params: { username: 'rina' },
    });
    expect((await errorOf(manajer('opname.post', { opnameId: o.id, approval: { username: 'budi', pin: '999999' }, reasons }))).code).toMatch(/PIN/);
    expect(balance(gula)).toBe(40_000);
    const posted = await manajer<OpnameView>('opname.post', { opnameId: o.id, approval: PIN, reasons });
    expect(posted.lines.find((l) => l.productId === gula)!.reason).toBe('Tiga bungkus sobek, dibuang');
    const row = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'opname.post' AND entity_id = ?").get(o.id) as { details: string };
    const details = JSON.parse(row.details) as { approvedBy: string; posted: { sku: string; reason: string | null }[] };
    expect(details.approvedBy).toBe('budi');
    expect(details.posted.find((p) => p.sku === 'GULA1')!.reason).toBe('Tiga bungkus sobek, dibuang');
  });
});
