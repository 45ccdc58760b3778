// A counter ready to sell on a copy of the generated outlet: its host, stock on the ordinary
// goods the carts use, a logged-in kasir with an open shift, and one call that commits a
// four-line cart through the router. The commit measures (a, h, i) start from the same place.
import { join } from 'node:path';
import { copyOutlet, USERS } from '../generate';
import { openHost, type Host } from '../../electron/host/host';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { uuidv7 } from '../../shared/ids';
import type { BenchContext } from './context';

export interface SaleCounter {
  host: Host;
  /** Commits cart number k (four lines, paid in cash) and returns the sale id. */
  commitCart(k: number): Promise<string>;
}

/** `prepare` runs on the opened host before anything is written (figure i drops triggers there). */
export async function openSaleCounter(ctx: BenchContext, fileName: string, terminal: string, prepare?: (host: Host) => void): Promise<SaleCounter> {
  const dbFile = join(ctx.workDir, fileName);
  copyOutlet(ctx.outlet.baseDb, dbFile);
  const host = openHost({ dbFile });
  try {
    prepare?.(host);
    // Ordinary goods only (not the regulated first products), so no subsidy rule stops a cart.
    const products = (host.core.db.prepare("SELECT id FROM products WHERE subsidy_program = 'NONE' ORDER BY sku LIMIT 400").all() as { id: string }[]).map(
      (r) => r.id,
    );
    inTransaction(host.core, () => {
      for (const productId of products)
        postMove(host.core, { productId, qtyMilli: 10_000_000, kind: 'receipt', docType: 'bench', docId: 'stock', unitCost: 1000, userId: null });
    });
    const login = await host.router.call('auth.login', { username: USERS.kasir.username, pin: USERS.kasir.pin }, null);
    if (!login.ok) throw new Error(`login: ${JSON.stringify(login.error)}`);
    const token = (login.result as { token: string }).token;
    const shift = await host.router.call('shifts.open', { openingFloat: 200_000, terminal }, token);
    if (!shift.ok) throw new Error(`shift: ${JSON.stringify(shift.error)}`);
    const shiftId = (shift.result as { shiftId: string }).shiftId;
    const commitCart = async (k: number): Promise<string> => {
      const id = uuidv7();
      // Four lines: the year's average cart.
      const lines = [0, 1, 2, 3].map((j) => ({ productId: products[(k * 4 + j) % products.length]!, qtyMilli: 1000 }));
      const r = await host.router.call('sales.commit', { id, shiftId, lines, payments: [{ method: 'cash', amount: 5_000_000 }] }, token);
      if (!r.ok) throw new Error(`sales.commit: ${JSON.stringify(r.error)}`);
      return id;
    };
    return { host, commitCart };
  } catch (e) {
    host.close();
    throw e;
  }
}
