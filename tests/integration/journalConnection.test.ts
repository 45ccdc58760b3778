// The keyed journal's triggers and queue belong to the app's connection (TEMP), not to the file.
// What that must keep: any write the app makes on its connection is sealed, even one that skips
// the services; two app connections on one file (two terminals) each seal their own writes; and
// the same write made on a connection without the app is named by verify. Real SQLite file.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHost, type TempHost } from '../support/tempHost';
import { setupShop } from '../support/shop';
import { kkmp } from '../support/cli';
import { openHost } from '../../electron/host/host';
import { inTransaction } from '../../electron/services/core';

let h: TempHost;
let shop: ReturnType<typeof setupShop>;

beforeEach(() => {
  h = openTempHost();
  shop = setupShop(h);
});
afterEach(() => h.dispose());

const rename = 'UPDATE products SET name = ? WHERE id = ?';
const setPrice = 'UPDATE price_history SET price = price + 1 WHERE id = (SELECT MAX(id) FROM price_history WHERE product_id = ?)';

describe('journal triggers on the connection (real SQLite file, two app connections, one plain one)', () => {
  it('raw SQL through the app connection, and writes from a second app connection, are sealed', async () => {
    const second = openHost({ dbFile: h.dbFile });
    try {
      h.core.db.exec('DROP TRIGGER price_history_no_update');
      inTransaction(h.core, () => h.core.db.prepare(setPrice).run(shop.products.gula));
      inTransaction(second.core, () => second.core.db.prepare(setPrice).run(shop.products.telur));
      inTransaction(h.core, () => h.core.db.prepare(setPrice).run(shop.products.telur));
    } finally {
      second.close();
    }
    h.close();
    expect(await kkmp('verify', '--db', h.dbFile)).toEqual({ code: 0, out: `OK: ${h.dbFile}`, err: '' });
  });

  it('the same write on a connection without the app is named', async () => {
    h.close();
    const plain = new Database(h.dbFile);
    plain.exec('DROP TRIGGER price_history_no_update');
    plain.prepare(setPrice).run(shop.products.gula);
    plain.prepare(rename).run('Gula', shop.products.gula); // products are not journaled: no finding
    const id = plain.prepare('SELECT MAX(id) FROM price_history WHERE product_id = ?').pluck().get(shop.products.gula) as number;
    plain.close();
    const r = await kkmp('verify', '--db', h.dbFile);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`[journal_rows] price_history [${id}]: changed since journal entry`);
    expect(r.err).not.toContain('products');
  });
});
