// A month at the counter: each day a shift opens with a float, customers buy baskets of staples
// and local goods (cash mostly, some QRIS and transfer), now and then a sale is voided or an item
// comes back with the supervisor's PIN, the seeders' onDay work runs, and the shift closes with
// the drawer counted note by note. Everything goes through the real services.
import { ACCOUNTS } from '../../../shared/books/posting';
import { postStockPurchase } from '../books/postings';
import { isAppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { Dec } from '../../../shared/money';
import type { SessionUser } from '../auth/auth';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { commitSale } from '../sales/sales';
import { returnSale, voidSale } from '../sales/saleReversal';
import { closeShift, openShift, zReport } from '../shifts/shifts';
import { postMove } from '../stock/stockLedger';
import { DEMO_PRODUCTS } from './catalog';
import type { DemoContext, DemoDay } from './context';
import { DEMO_PEOPLE } from './outlet';
import { between, pick } from './prng';
import { countOut } from './drawerCount';

export interface MonthSummary {
  sales: number;
  refused: number;
  voids: number;
  returns: number;
  shifts: number;
}

type Hook = (core: Core, day: DemoDay) => void;

const VOID_REASONS = ['salah input barang', 'pembeli batal', 'salah jumlah'];
const RETURN_REASONS = ['kemasan rusak', 'salah ambil barang', 'telur pecah'];

function roundUp(amount: number, to: number): number {
  return new Dec(amount).div(to).ceil().mul(to).toNumber();
}

export function runMonth(core: Core, ctx: DemoContext, hooks: Hook[], realNow: Date): MonthSummary {
  const summary: MonthSummary = { sales: 0, refused: 0, voids: 0, returns: 0, shifts: 0 };
  const sellable = DEMO_PRODUCTS.filter((p) => p.popularity > 0 && p.price);
  const weightSum = sellable.reduce((s, p) => s + p.popularity, 0);
  const rng = ctx.rng;
  const approval = { username: DEMO_PEOPLE.supervisor.username, pin: DEMO_PEOPLE.supervisor.pin };

  const pickProduct = () => {
    let r = rng() * weightSum;
    for (const p of sellable) {
      r -= p.popularity;
      if (r < 0) return p;
    }
    return sellable[sellable.length - 1]!;
  };

  // One write transaction per business day: every service call inside it runs its own checks and
  // postings exactly as at the counter (nested calls are savepoints, a refused sale rolls back
  // alone), but the day commits and is sealed once, and the settings are read once per day.
  const runDay = (date: string, index: number) => {
    const isToday = index === ctx.days.length - 1;
    const cashier: SessionUser = index % 3 === 2 || index === ctx.days.length - 1 ? ctx.users.kasir2 : ctx.users.kasir;
    if (index === Math.floor(ctx.days.length / 2)) {
      ctx.clock.now = ctx.at(date, '07:00');
      inTransaction(core, () => {
        for (const p of DEMO_PRODUCTS) {
          if (p.popularity > 0)
            postMove(core, {
              productId: ctx.products[p.sku]!,
              qtyMilli: p.stockMilli,
              kind: 'receipt',
              docType: 'demo',
              docId: `restock-${date}`,
              unitCost: p.cost,
              userId: ctx.users.manajer.id,
              note: 'Belanja ulang demo',
            });
        }
        postStockPurchase(core, 'demo', `restock-${date}`, 'Belanja ulang demo (transfer)', ACCOUNTS.bank, ctx.users.manajer.id);
      });
    }
    ctx.clock.now = ctx.at(date, '07:45');
    // Today's shift runs on the second terminal and stays open; POS-1 is free for whoever starts now.
    const shift = openShift(core, cashier, { openingFloat: 200_000, terminal: isToday ? 'POS-2' : 'POS-1' });
    summary.shifts++;

    const weekend = [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
    const count = between(rng, 22, 36) + (weekend ? 10 : 0);
    const minutes = Array.from({ length: count }, () => between(rng, 8 * 60, 20 * 60 + 30)).sort((a, b) => a - b);
    const sold: string[] = [];
    for (const m of minutes) {
      const time = ctx.at(date, `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
      if (time > realNow) break;
      ctx.clock.now = time;
      const lines = new Map<string, number>();
      for (let i = between(rng, 1, 4); i > 0; i--) {
        const p = pickProduct();
        const [min, max, step] = p.qty;
        lines.set(ctx.products[p.sku]!, between(rng, min / step, max / step) * step);
      }
      const total = [...lines]
        .reduce((s, [id, q]) => {
          const p = DEMO_PRODUCTS.find((x) => ctx.products[x.sku] === id)!;
          return s.add(new Dec(p.price!.amount).mul(q).div(1000).toDecimalPlaces(0));
        }, new Dec(0))
        .toNumber();
      const r = rng();
      const payments =
        r < 0.72
          ? [{ method: 'cash' as const, amount: rng() < 0.15 ? total : roundUp(total, pick(rng, [1000, 5000, 10_000, 50_000, 100_000])) }]
          : r < 0.93
            ? [{ method: 'qris' as const, amount: total, reference: `QR${date.replace(/-/g, '')}${String(m).padStart(4, '0')}` }]
            : [{ method: 'transfer' as const, amount: total, reference: `TRF-${between(rng, 100000, 999999)}` }];
      try {
        const sale = commitSale(core, cashier, {
          id: uuidv7(time.getTime()),
          shiftId: shift.shiftId,
          lines: [...lines].map(([productId, qtyMilli]) => ({ productId, qtyMilli })),
          payments,
        });
        sold.push(sale.saleId);
        summary.sales++;
      } catch (e) {
        // A rule a feature added may refuse a random basket (a quota, a freeze): skip it.
        if (!isAppError(e)) throw e;
        summary.refused++;
      }
    }

    if (sold.length > 2 && rng() < 0.3) {
      ctx.clock.now = new Date(ctx.clock.now.getTime() + 4 * 60_000);
      voidSale(core, cashier, {
        saleId: sold.splice(between(rng, 0, sold.length - 1), 1)[0]!,
        reason: pick(rng, VOID_REASONS),
        approval,
        shiftId: shift.shiftId,
      });
      summary.voids++;
    }
    if (sold.length > 2 && rng() < 0.25) {
      ctx.clock.now = new Date(ctx.clock.now.getTime() + 6 * 60_000);
      const saleId = pick(rng, sold);
      const line = core.db
        .prepare(
          'SELECT l.line_no, l.qty_milli, p.sold_by FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.sale_id = ? ORDER BY l.line_no LIMIT 1',
        )
        .get(saleId) as { line_no: number; qty_milli: number; sold_by: string };
      const qtyMilli = line.sold_by === 'piece' ? 1000 : line.qty_milli;
      returnSale(core, cashier, {
        id: uuidv7(ctx.clock.now.getTime()),
        saleId,
        lines: [{ lineNo: line.line_no, qtyMilli }],
        reason: pick(rng, RETURN_REASONS),
        method: 'cash',
        approval,
        shiftId: shift.shiftId,
      });
      summary.returns++;
    }

    for (const hook of hooks) hook(core, { date, shiftId: shift.shiftId, cashier, isToday });

    if (!isToday) {
      ctx.clock.now = ctx.at(date, '21:00');
      const expected = zReport(core, shift.shiftId).cash.expected;
      // Now and then the drawer is a thousand short, as drawers are.
      const counted = rng() < 0.15 ? expected - 1000 : expected;
      closeShift(core, cashier, { shiftId: shift.shiftId, denominations: countOut(core, counted), note: counted < expected ? 'selisih kurang' : undefined });
    }
  };
  ctx.days.forEach((date, index) => inTransaction(core, () => runDay(date, index)));
  ctx.clock.now = realNow > ctx.clock.now ? realNow : ctx.clock.now;
  return summary;
}
