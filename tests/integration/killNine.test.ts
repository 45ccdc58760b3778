// Crash safety: the host runs as a child process committing sales sent over HTTP with client-made
// UUIDv7 ids, and is killed with SIGKILL at random moments, again and again. After each restart
// the client re-sends what was never acknowledged (as the renderer's outbox does). In the end:
// verify passes, every acknowledged sale is there exactly once with its first receipt number, no
// sale is half-written, and receipt numbers have no gap.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHost } from '../../electron/host/host';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { openShift } from '../../electron/services/shifts/shifts';
import { verifyFile } from '../../electron/services/backup/backup';
import { openDatabase } from '../../electron/db/connection';
import { uuidv7 } from '../../shared/ids';
import { seededRandom } from '../../electron/services/demo/prng';
import { PINS, setupShop } from '../support/shop';

const ROOT = resolve(import.meta.dirname, '..', '..');
// The child host is bundled once and started with plain node: tsx would spend seconds per restart.
// Two folders below the root, so the bundle finds migrations/ where migrate.ts looks for it.
// One file per run: parallel runs must not remove each other's. Inside the checkout, not under
// node_modules: a worktree's node_modules is a link to another checkout, whose migrations/ the
// bundle would then find instead of this one's.
const HOST_BUNDLE = join(ROOT, '.tmp', 'kill9', `host-${process.pid}.mjs`);
const ROUNDS = 15;
const WORKERS = 3;

const dir = mkdtempSync(join(tmpdir(), 'kkmp-kill9-'));
const dbFile = join(dir, 'outlet.sqlite');
beforeAll(() => {
  buildSync({
    entryPoints: [join(ROOT, 'tests/support/crashHost.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile: HOST_BUNDLE,
    logLevel: 'error',
  });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(HOST_BUNDLE, { force: true });
});

interface Cart {
  id: string;
  shiftId: string;
  lines: { productId: string; qtyMilli: number }[];
  payments: { method: 'cash'; amount: number }[];
}

function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [HOST_BUNDLE, dbFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    let errText = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) ok({ child, url: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (errText += d.toString()));
    child.once('exit', (code) => fail(new Error(`host exited ${code}: ${errText}`)));
  });
}

async function call<T>(url: string, method: string, input: unknown, token?: string): Promise<{ ok: true; result: T } | { ok: false; error: { code: string } }> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()) as { ok: true; result: T } | { ok: false; error: { code: string } };
}

describe('kill -9 while committing sales (child process, SIGKILL)', () => {
  it(`survives ${ROUNDS} kills: every acknowledged sale exactly once, none half-written, gapless numbers, verify OK`, async () => {
    const setup = openHost({ dbFile, create: true });
    const shop = setupShop(setup);
    inTransaction(setup.core, () => {
      for (const id of Object.values(shop.products))
        postMove(setup.core, { productId: id, qtyMilli: 100_000_000, kind: 'receipt', docType: 'test', docId: 'stock', unitCost: 1000, userId: null });
    });
    const kasirUser = { id: shop.users.kasir, username: 'sari', displayName: 'sari', role: 'kasir' as const };
    const shiftId = openShift(setup.core, kasirUser, { openingFloat: 0, terminal: 'POS-1' }).shiftId;
    setup.close();

    const rng = seededRandom(9);
    // Goods without subsidy rules (SPHP, Minyakita limits would refuse random carts).
    const productIds = [shop.products.gula, shop.products.telur];
    const acked = new Map<string, string>(); // sale id → receipt number of the first acknowledgement
    const pending = new Map<string, Cart>();
    const carts = new Map<string, Cart>();
    const newCart = (): Cart => {
      const lines = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({
        productId: productIds[Math.floor(rng() * productIds.length)]!,
        qtyMilli: 1000 * (1 + Math.floor(rng() * 2)),
      }));
      const cart: Cart = { id: uuidv7(), shiftId, lines, payments: [{ method: 'cash', amount: 500_000 }] };
      carts.set(cart.id, cart);
      return cart;
    };
    const settle = (cart: Cart, r: Awaited<ReturnType<typeof call<{ receiptNo: string }>>>) => {
      if (!r.ok) throw new Error(`sale refused: ${r.error.code}`);
      const first = acked.get(cart.id);
      if (first)
        expect(r.result.receiptNo).toBe(first); // a replay returns the first result
      else acked.set(cart.id, r.result.receiptNo);
      pending.delete(cart.id);
    };

    for (let round = 0; round <= ROUNDS; round++) {
      const { child, url } = await start();
      const exited = new Promise((ok) => child.once('exit', ok));
      const login = await call<{ token: string }>(url, 'auth.login', { username: 'sari', pin: PINS.kasir });
      if (!login.ok) throw new Error(login.error.code);
      const token = login.result.token;
      for (const cart of [...pending.values()]) settle(cart, await call(url, 'sales.commit', cart, token));
      expect(pending.size).toBe(0);
      if (round === ROUNDS) {
        child.kill('SIGKILL');
        await exited;
        break;
      }
      let alive = true;
      const timer = setTimeout(
        () => {
          alive = false;
          child.kill('SIGKILL');
        },
        100 + Math.floor(rng() * 500),
      );
      await Promise.all(
        Array.from({ length: WORKERS }, async () => {
          while (alive) {
            const cart = newCart();
            pending.set(cart.id, cart);
            let r;
            try {
              r = await call<{ receiptNo: string }>(url, 'sales.commit', cart, token);
            } catch {
              return; // the host died before answering: the cart stays pending
            }
            settle(cart, r);
          }
        }),
      );
      clearTimeout(timer);
      await exited;
    }

    expect(acked.size).toBeGreaterThan(ROUNDS);
    expect(verifyFile(dbFile)).toEqual([]);
    const db = openDatabase(dbFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, receipt_no FROM sales').all() as { id: string; receipt_no: string }[];
      expect(rows.length).toBe(acked.size);
      for (const r of rows) expect(acked.get(r.id)).toBe(r.receipt_no);
      const counts = db
        .prepare(
          `SELECT s.id, (SELECT COUNT(*) FROM sale_lines WHERE sale_id = s.id) AS lines, (SELECT COUNT(*) FROM payments WHERE sale_id = s.id) AS payments,
           (SELECT COUNT(*) FROM stock_moves WHERE doc_type = 'sale' AND doc_id = s.id AND kind = 'sale') AS moves,
           (SELECT COUNT(*) FROM audit_log WHERE action = 'sale.commit' AND entity_id = s.id) AS audits
         FROM sales s`,
        )
        .all() as { id: string; lines: number; payments: number; moves: number; audits: number }[];
      for (const c of counts)
        expect({ lines: c.lines, payments: c.payments, moves: c.moves, audits: c.audits }).toEqual({
          lines: carts.get(c.id)!.lines.length,
          payments: 1,
          moves: carts.get(c.id)!.lines.length,
          audits: 1,
        });
      const perDay = db
        .prepare('SELECT business_date, COUNT(*) AS n, MAX(CAST(substr(receipt_no, -4) AS INTEGER)) AS top FROM sales GROUP BY business_date')
        .all() as { n: number; top: number }[];
      for (const d of perDay) expect(d.top).toBe(d.n);
    } finally {
      db.close();
    }
  }, 120_000);
});
