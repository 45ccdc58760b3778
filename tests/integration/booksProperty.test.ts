// Property (fast-check): for any sequence of deliveries, sales (cash / QRIS / transfer, member or
// not), voids, returns, opnames, simpanan in and out, supplier payments and shift closes with a
// counted difference, on a real SQLite file: the neraca saldo balances to the rupiah; persediaan in
// the books equals the stock ledger valued at average cost; kas equals the shifts' counted cash
// (less their floats) plus the office's cash movements, and bank its transfers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors';
import { uuidv7 } from '../../shared/ids';
import { lineTotal } from '../../shared/money';
import { addUser, openTempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { commitSale } from '../../electron/services/sales/sales';
import { returnSale, voidSale } from '../../electron/services/sales/saleReversal';
import { closeShift, openShift, zReport } from '../../electron/services/shifts/shifts';
import { countDelivery, createDelivery, payDelivery, postDelivery } from '../../electron/services/deliveries/deliveries';
import { countOpname, startOpname } from '../../electron/services/opname/opname';
import { postOpname } from '../../electron/services/opname/opnamePost';
import { createMember } from '../../electron/services/members/members';
import { deposit, withdraw } from '../../electron/services/members/simpanan';
import { trialBalance } from '../../electron/services/books/ledger';
import type { SessionUser } from '../../electron/services/auth/auth';

const PRODUCTS = [
  { sku: 'G1', soldBy: 'piece' as const, price: 17_000, subsidy: 'NONE' as const },
  { sku: 'MK', soldBy: 'piece' as const, price: 15_700, subsidy: 'MINYAKITA' as const },
  { sku: 'TL', soldBy: 'weight' as const, price: 28_500, subsidy: 'NONE' as const },
];
const ix = fc.integer({ min: 0, max: PRODUCTS.length - 1 });
const qtyOf = (i: number) => (PRODUCTS[i]!.soldBy === 'piece' ? fc.integer({ min: 1, max: 5 }).map((n) => n * 1000) : fc.integer({ min: 1, max: 3000 }));
const line = ix.chain((i) => qtyOf(i).map((qtyMilli) => ({ i, qtyMilli })));
const method = fc.constantFrom('cash' as const, 'qris' as const, 'transfer' as const);

type Op =
  | { op: 'delivery'; i: number; qtyMilli: number; unitCost: number; damaged: boolean }
  | { op: 'sale'; lines: { i: number; qtyMilli: number }[]; method: 'cash' | 'qris' | 'transfer'; extra: number; member: boolean }
  | { op: 'void'; pick: number }
  | { op: 'return'; pick: number; method: 'cash' | 'transfer' }
  | { op: 'opname'; i: number; delta: number }
  | { op: 'simpanan'; amount: number; out: boolean; method: 'cash' | 'transfer' }
  | { op: 'pay'; amount: number; method: 'cash' | 'transfer' }
  | { op: 'shift'; diff: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc
    .record({ line, unitCost: fc.integer({ min: 1, max: 30_000 }), damaged: fc.boolean() })
    .map((r) => ({ op: 'delivery' as const, i: r.line.i, qtyMilli: r.line.qtyMilli * 3, unitCost: r.unitCost, damaged: r.damaged })),
  fc
    .record({ lines: fc.array(line, { minLength: 1, maxLength: 3 }), method, extra: fc.integer({ min: 0, max: 20_000 }), member: fc.boolean() })
    .map((r) => ({ op: 'sale' as const, ...r })),
  fc.nat(20).map((pick) => ({ op: 'void' as const, pick })),
  fc.record({ pick: fc.nat(20), method: fc.constantFrom('cash' as const, 'transfer' as const) }).map((r) => ({ op: 'return' as const, ...r })),
  fc.record({ i: ix, delta: fc.integer({ min: -2000, max: 2000 }) }).map((r) => ({ op: 'opname' as const, ...r })),
  fc
    .record({ amount: fc.integer({ min: 1, max: 100_000 }), out: fc.boolean(), method: fc.constantFrom('cash' as const, 'transfer' as const) })
    .map((r) => ({ op: 'simpanan' as const, ...r })),
  fc
    .record({ amount: fc.integer({ min: 1, max: 200_000 }), method: fc.constantFrom('cash' as const, 'transfer' as const) })
    .map((r) => ({ op: 'pay' as const, ...r })),
  fc.integer({ min: -5000, max: 5000 }).map((diff) => ({ op: 'shift' as const, diff })),
);

/** Counted cash as denominations: only whole thousands plus hundreds are needed here. */
function denominations(amount: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = amount;
  for (const d of [100_000, 1000, 100]) {
    const n = Math.floor(left / d);
    if (n > 0) out[String(d)] = n;
    left -= n * d;
  }
  if (left !== 0) throw new Error(`cannot count ${amount}`);
  return out;
}

function run(ops: Op[]): void {
  const h = openTempHost({ start: new Date('2026-11-10T02:00:00Z') });
  try {
    const user = (name: string, role: SessionUser['role'], pin: string): SessionUser => ({
      id: addUser(h, name, role, pin),
      username: name,
      displayName: name,
      role,
    });
    const kasir = user('kasir', 'kasir', '1111');
    const manajer = user('mgr', 'manajer', '444444');
    user('spv', 'supervisor', '3333');
    const approval = { username: 'spv', pin: '3333' };
    const ids = PRODUCTS.map((p) =>
      createProduct(
        h.core,
        {
          sku: p.sku,
          name: p.sku,
          unit: p.soldBy === 'piece' ? 'pcs' : 'kg',
          soldBy: p.soldBy,
          subsidyProgram: p.subsidy,
          price: { amount: p.price, validFrom: '2026-01-01' },
        },
        null,
      ),
    );
    const member = createMember(h.core, { name: 'Ani', joinDate: '2026-01-01' }, null).id;
    const float = 50_000;
    let shift = openShift(h.core, kasir, { openingFloat: float, terminal: 'POS-1' }).shiftId;
    const model = { kas: -float, bank: 0, sukarela: 0 };
    const sales: { id: string; method: string; total: number; voided: boolean; returned: boolean; lines: { i: number; qtyMilli: number }[] }[] = [];
    const deliveries: string[] = [];
    const tolerate = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        if (!isAppError(e)) throw e; // refused operations write nothing (tested elsewhere)
      }
    };
    const closeAndReopen = (diff: number) => {
      const expected = zReport(h.core, shift).cash.expected;
      const counted = Math.max(0, Math.round((expected + diff) / 100) * 100);
      closeShift(h.core, kasir, { shiftId: shift, denominations: denominations(counted) });
      model.kas += counted;
      shift = openShift(h.core, kasir, { openingFloat: float, terminal: 'POS-1' }).shiftId;
      model.kas -= float;
    };

    for (const o of ops) {
      if (o.op === 'delivery') {
        const d = createDelivery(
          h.core,
          {
            source: 'OTHER',
            supplier: 'Grosir',
            docNo: `SJ-${deliveries.length}`,
            deliveryDate: '2026-11-10',
            lines: [{ productId: ids[o.i]!, expectedMilli: o.qtyMilli, unitCost: o.unitCost }],
          },
          manajer.id,
        );
        countDelivery(
          h.core,
          { deliveryId: d.id, lines: [{ lineNo: 1, countedMilli: o.qtyMilli, damagedMilli: o.damaged ? 1 : 0, reason: o.damaged ? 'rusak' : null }] },
          manajer.id,
        );
        postDelivery(h.core, d.id, manajer.id);
        deliveries.push(d.id);
      } else if (o.op === 'sale') {
        tolerate(() => {
          const id = uuidv7();
          // One payment by the chosen method; cash may be over (change is given).
          const probe = o.lines.reduce((s, l) => s + lineTotal(PRODUCTS[l.i]!.price, l.qtyMilli), 0);
          const r = commitSale(h.core, kasir, {
            id,
            shiftId: shift,
            memberId: o.member ? member : null,
            lines: o.lines.map((l) => ({ productId: ids[l.i]!, qtyMilli: l.qtyMilli })),
            payments: [{ method: o.method, amount: o.method === 'cash' ? probe + o.extra : probe, reference: o.method === 'cash' ? undefined : 'REF' }],
          });
          if (o.method === 'transfer') model.bank += r.total;
          sales.push({ id, method: o.method, total: r.total, voided: false, returned: false, lines: o.lines });
        });
      } else if (o.op === 'void' && sales.length > 0) {
        const s = sales[o.pick % sales.length]!;
        tolerate(() => {
          voidSale(h.core, kasir, { saleId: s.id, reason: 'prop', approval, shiftId: shift });
          s.voided = true;
          if (s.method === 'transfer') model.bank -= s.total;
        });
      } else if (o.op === 'return' && sales.length > 0) {
        const s = sales[o.pick % sales.length]!;
        tolerate(() => {
          const r = returnSale(h.core, kasir, {
            id: uuidv7(),
            saleId: s.id,
            lines: [{ lineNo: 1, qtyMilli: s.lines[0]!.qtyMilli }],
            reason: 'prop',
            method: o.method,
            approval,
            shiftId: shift,
          });
          if (o.method === 'transfer') model.bank -= r.refund;
        });
      } else if (o.op === 'opname') {
        const system = h.core.db.prepare('SELECT COALESCE((SELECT qty_milli FROM stock_balances WHERE product_id = ?), 0)').pluck().get(ids[o.i]) as number;
        const counted = Math.max(0, system + (PRODUCTS[o.i]!.soldBy === 'piece' ? Math.round(o.delta / 1000) * 1000 : o.delta));
        const op = startOpname(h.core, { title: 'prop', productIds: [ids[o.i]!] }, manajer.id);
        countOpname(h.core, { opnameId: op.id, productId: ids[o.i]!, qtyMilli: counted, mode: 'set' }, manajer.id);
        postOpname(h.core, { opnameId: op.id, approval: { username: 'mgr', pin: '444444' }, reasons: { [ids[o.i]!]: 'property run' } }, manajer.id);
      } else if (o.op === 'simpanan') {
        tolerate(() => {
          if (o.out) withdraw(h.core, { memberId: member, kind: 'sukarela', amount: o.amount, method: o.method }, manajer.id);
          else deposit(h.core, { memberId: member, kind: 'sukarela', amount: o.amount, method: o.method }, manajer.id);
          const signed = o.out ? -o.amount : o.amount;
          model.sukarela += signed;
          if (o.method === 'cash') model.kas += signed;
          else model.bank += signed;
        });
      } else if (o.op === 'pay' && deliveries.length > 0) {
        payDelivery(h.core, { deliveryId: deliveries[o.amount % deliveries.length]!, amount: o.amount, paidOn: '2026-11-10', method: o.method }, manajer.id);
        if (o.method === 'cash') model.kas -= o.amount;
        else model.bank -= o.amount;
      } else if (o.op === 'shift') closeAndReopen(o.diff);
    }
    closeAndReopen(0);

    const tb = trialBalance(h.core, '2026-12-31');
    expect(tb.totalDebit).toBe(tb.totalCredit);
    const net = (test: (code: string) => boolean) => tb.rows.filter((r) => test(r.accountCode)).reduce((s, r) => s + r.debit - r.credit, 0);
    const ledgerValue = h.core.db.prepare('SELECT COALESCE(SUM(ROUND(qty_milli * avg_cost / 1000.0)), 0) FROM stock_balances').pluck().get() as number;
    expect(net((c) => /^113[1-5]/.test(c))).toBe(ledgerValue);
    // The new shift's float sits in its drawer; every closed drawer is back to zero.
    expect(net((c) => c.startsWith('1102'))).toBe(float);
    expect(net((c) => c === '1101') + net((c) => c.startsWith('1102'))).toBe(model.kas + float);
    expect(net((c) => c === '1111')).toBe(model.bank);
    expect(net((c) => c === '2201') + model.sukarela).toBe(0); // sukarela is a credit balance
  } finally {
    h.dispose();
  }
}

describe('the books under any sequence of operations (fast-check, real SQLite)', () => {
  it('balance to the rupiah; persediaan = ledger at average cost; kas = counted cash + office cash; bank = transfers', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 20 }), (ops) => run(ops)),
      { numRuns: 20 },
    );
  }, 240_000);
});
