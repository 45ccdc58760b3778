// (e) The LPG 3 kg quota check per sale with a small and a large logbook (10,000 and 1,000,000
// rows of lpg_sale_lines with their counters; 200,000 in quick mode). The logbook is written in
// bulk (one year, ≤ 4 tabung per buyer a month, so nobody is over a limit), then the rule's
// check (lpgSaleRule.check: buyer, limits, price, stock gate) is timed on buyers who are in the
// log, and whole LPG sales are committed through the router for fresh buyers, both sizes in
// alternating rounds (load from other jobs hits both alike). The check must not
// grow with the log: the figure is the ratio of the medians, large / small.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { copyOutlet, openOutlet, USERS, YEAR } from '../generate';
import { createProduct } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { registerBuyer } from '../../electron/services/lpg/buyers';
import { lpgSaleRule } from '../../electron/services/lpg/lpgSaleRule';
import { settingOn } from '../../electron/services/settings/settings';
import type { SaleDraft } from '../../electron/services/sales/saleRules';
import { uuidv7 } from '../../shared/ids';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize, type Summary } from '../lib/stats';
import { seededRng, seededUuidv7 } from '../lib/random';

const MEASURED_AT = new Date(`${YEAR}-12-31T03:00:00Z`); // 11:00 WITA on the last day of the log year
const PER_BUYER_MONTH = 4;

interface AtSize {
  rows: number;
  check: Summary;
  commit: Summary;
}

interface Prepared {
  rows: number;
  checkOnce(): number;
  commitOnce(): Promise<number>;
  close(): void;
}

const ROUNDS = 10;

export async function lpgQuota(ctx: BenchContext): Promise<Figure[]> {
  const sizes = ctx.mode === 'full' ? [10_000, 1_000_000] : [10_000, 200_000];
  const prepared: Prepared[] = [];
  let results: AtSize[];
  try {
    for (const rows of sizes) prepared.push(await prepare(ctx, rows));
    // Alternating rounds: a burst of load from other jobs hits both sizes alike.
    const checks = prepared.map(() => [] as number[]);
    const commits = prepared.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, p] of prepared.entries()) {
        for (let i = 0; i < 100; i++) checks[k]!.push(p.checkOnce());
        for (let i = 0; i < 30; i++) commits[k]!.push(await p.commitOnce());
      }
    }
    results = prepared.map((p, k) => ({ rows: p.rows, check: summarize(checks[k]!), commit: summarize(commits[k]!) }));
  } finally {
    for (const p of prepared) p.close();
  }
  const [small, large] = results as [AtSize, AtSize];
  const growth = large.check.p50 / small.check.p50;
  return [
    {
      id: 'e.lpg-quota',
      what: `LPG quota check per sale, ${large.rows.toLocaleString('en-US')} vs ${small.rows.toLocaleString('en-US')} logbook rows`,
      value: `${growth.toFixed(2)}× (p50 ${ms(large.check.p50, 3)})`,
      floor: 'the same check at 10,000 rows (ratio)',
      target: 'no growth (≤ 1.5×)',
      verdict: verdict(growth <= 1.5),
      runs: `${small.check.n} checks + ${small.commit.n} LPG sales per size, ${ROUNDS} alternating rounds`,
      detail: results
        .map(
          (r) =>
            `${r.rows.toLocaleString('en-US')} rows: check p50 ${ms(r.check.p50, 3)} p99 ${ms(r.check.p99, 3)}, LPG sale commit p50 ${ms(r.commit.p50)} p99 ${ms(r.commit.p99)}`,
        )
        .join('; '),
      load: loadavg()[0],
      raw: Object.fromEntries(
        results.flatMap((r) => [
          [`check${r.rows}P50`, r.check.p50],
          [`commit${r.rows}P50`, r.commit.p50],
        ]),
      ),
    },
  ];
}

async function prepare(ctx: BenchContext, rows: number): Promise<Prepared> {
  const dbFile = join(ctx.workDir, `lpg-${rows}.sqlite`);
  copyOutlet(ctx.outlet.baseDb, dbFile);
  const clock = { now: MEASURED_AT };
  const host = openOutlet(dbFile, () => clock.now);
  const { core, router } = host;
  const db = core.db;
  const admin = (db.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: string }).id;
  const het = settingOn(core, 'lpg3.het_pangkalan', `${YEAR}-12-31`);
  const refill = createProduct(
    core,
    {
      sku: 'LPG3-ISI',
      name: 'LPG 3 kg isi ulang',
      unit: 'tabung',
      soldBy: 'piece',
      subsidyProgram: 'LPG3',
      lpgKind: 'refill',
      price: { amount: het, validFrom: `${YEAR}-01-01` },
    },
    admin,
  );
  const empty = createProduct(
    core,
    {
      sku: 'LPG3-KOSONG',
      name: 'Tabung LPG 3 kg kosong',
      unit: 'tabung',
      soldBy: 'piece',
      subsidyProgram: 'LPG3',
      lpgKind: 'empty',
      price: { amount: 150_000, validFrom: `${YEAR}-01-01` },
    },
    admin,
  );
  inTransaction(core, () => {
    postMove(core, { productId: refill, qtyMilli: 1_000_000, kind: 'receipt', docType: 'bench', docId: 'lpg', unitCost: het - 1000, userId: admin });
    postMove(core, { productId: empty, qtyMilli: 1000, kind: 'receipt', docType: 'bench', docId: 'lpg', unitCost: 100_000, userId: admin });
  });

  // Buyers: enough that nobody in the log passes PER_BUYER_MONTH tabung a month; plus fresh ones to sell to.
  const logged = Math.ceil(rows / (12 * PER_BUYER_MONTH));
  const fresh = ROUNDS * 30;
  const buyerIds: string[] = [];
  inTransaction(core, () => {
    for (let i = 0; i < logged + fresh; i++) {
      const serial = String((i % 9999) + 1).padStart(4, '0');
      const district = String((Math.floor(i / 9999) % 99) + 1).padStart(2, '0');
      const nik = `6471${district}0101${String(50 + (Math.floor(i / 9999) % 40)).padStart(2, '0')}${serial}`;
      const kk = `6471${String(i + 1).padStart(12, '0')}`;
      buyerIds.push(registerBuyer(core, { nik, kk, name: `Pembeli ${i + 1}`, category: 'RUMAH_TANGGA' }, admin).buyer.id);
    }
  });
  writeLogbook(core.db, buyerIds.slice(0, logged), refill, rows, het);

  const login = await router.call('auth.login', { username: USERS.kasir.username, pin: USERS.kasir.pin }, null);
  if (!login.ok) throw new Error(`login: ${JSON.stringify(login.error)}`);
  const token = (login.result as { token: string }).token;
  const shift = await router.call('shifts.open', { openingFloat: 100_000, terminal: 'BENCH-LPG' }, token);
  if (!shift.ok) throw new Error(`shift: ${JSON.stringify(shift.error)}`);
  const shiftId = (shift.result as { shiftId: string }).shiftId;

  const rng = seededRng(rows);
  let sold = 0;
  return {
    rows,
    // The rule's check alone, for a buyer in the log (reads only).
    checkOnce() {
      const buyer = buyerIds[rng.int(0, logged - 1)]!;
      const draft: SaleDraft = {
        saleId: uuidv7(),
        businessDate: `${YEAR}-12-31`,
        at: MEASURED_AT,
        cashierId: admin,
        memberId: null,
        extra: {},
        lines: [
          {
            lineNo: 1,
            productId: refill,
            sku: 'LPG3-ISI',
            name: 'LPG 3 kg isi ulang',
            subsidyProgram: 'LPG3',
            lpgKind: 'refill',
            soldBy: 'piece',
            packSizeMilli: null,
            qtyMilli: 1000,
            unitPrice: het,
            lineTotal: het,
            extra: { lpgBuyerId: buyer, emptyReturned: true },
          },
        ],
      };
      const t0 = performance.now();
      lpgSaleRule.check(core, draft);
      return performance.now() - t0;
    },
    // A whole LPG sale through the router, for a fresh buyer.
    async commitOnce() {
      clock.now = new Date(MEASURED_AT.getTime() + sold * 1000);
      const buyer = buyerIds[logged + sold++]!;
      const t0 = performance.now();
      const r = await router.call(
        'sales.commit',
        {
          id: uuidv7(),
          shiftId,
          lines: [{ productId: refill, qtyMilli: 1000, extra: { lpgBuyerId: buyer, emptyReturned: true } }],
          payments: [{ method: 'cash', amount: het }],
        },
        token,
      );
      const t = performance.now() - t0;
      if (!r.ok) throw new Error(`LPG sale refused: ${JSON.stringify(r.error)}`);
      return t;
    },
    close: () => host.close(),
  };
}

/** A year of logbook rows and the counters the rule keeps with them (bulk; the sales they belong
 * to are not written, so foreign keys are off while the rows go in: a scratch database only). */
function writeLogbook(db: ReturnType<typeof openOutlet>['core']['db'], buyers: string[], productId: string, rows: number, price: number): void {
  const rng = seededRng(rows ^ 0x1f9);
  const kk = new Map((db.prepare('SELECT id, kk_hash FROM lpg_buyers').all() as { id: string; kk_hash: string }[]).map((b) => [b.id, b.kk_hash]));
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO lpg_sale_lines (sale_id, line_no, buyer_id, kk_hash, category, product_id, lpg_kind, qty, unit_price, business_date, at, receipt_no, empty_returned, map_status)
       VALUES (?, 1, ?, ?, 'RUMAH_TANGGA', ?, 'refill', 1, ?, ?, ?, ?, 1, 'recorded')`,
    );
    for (let i = 0; i < rows; i++) {
      // Buyer b buys in every month, PER_BUYER_MONTH times, on distinct days before the 31st.
      const buyer = buyers[i % buyers.length]!;
      const slot = Math.floor(i / buyers.length);
      const month = (slot % 12) + 1;
      const day = Math.floor(slot / 12) * 7 + rng.int(1, 6);
      const date = `${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const at = new Date(`${date}T02:00:00Z`);
      insert.run(seededUuidv7(rng, at.getTime()), buyer, kk.get(buyer)!, productId, price, date, at.toISOString(), `GI-${date.replace(/-/g, '')}-L${i}`);
    }
    db.exec(`INSERT INTO lpg_buyer_day (buyer_id, business_date, transactions, qty) SELECT buyer_id, business_date, COUNT(*), SUM(qty) FROM lpg_sale_lines GROUP BY 1, 2;
             INSERT INTO lpg_buyer_month (buyer_id, month, qty) SELECT buyer_id, substr(business_date, 1, 7), SUM(qty) FROM lpg_sale_lines GROUP BY 1, 2;
             INSERT INTO lpg_kk_month (kk_hash, category, month, qty) SELECT kk_hash, category, substr(business_date, 1, 7), SUM(qty) FROM lpg_sale_lines GROUP BY 1, 2, 3;
             INSERT INTO lpg_outlet_month (month, qty) SELECT substr(business_date, 1, 7), SUM(qty) FROM lpg_sale_lines GROUP BY 1;`);
  }).immediate();
  db.pragma('foreign_keys = ON');
}
