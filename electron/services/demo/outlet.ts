// The demo outlet itself: profile, the five demo people, the books' opening position, categories,
// the shelf and its opening stock (bought from the bank), all in one transaction on the first
// morning of the demo month.
import { ACCOUNTS } from '../../../shared/books/posting';
import { postStockPurchase } from '../books/postings';
import { AppError } from '../../../shared/errors';
import { createUser, type SessionUser } from '../auth/auth';
import { createProduct, ensureCategory } from '../catalog/catalog';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { putSetting } from '../settings/settings';
import { postMove } from '../stock/stockLedger';
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from './catalog';
import { postOpeningPosition } from './openingPosition';
import type { DemoUserKey } from './context';

export const DEMO_PEOPLE: Record<DemoUserKey, { username: string; displayName: string; role: SessionUser['role']; pin: string }> = {
  admin: { username: 'admin', displayName: 'Admin Gerai', role: 'admin', pin: '123456' },
  manajer: { username: 'manajer', displayName: 'Hendra Kurniawan (Kepala Gerai)', role: 'manajer', pin: '222222' },
  supervisor: { username: 'supervisor', displayName: 'Rina Marlina', role: 'supervisor', pin: '3333' },
  kasir: { username: 'kasir', displayName: 'Sari Wulandari', role: 'kasir', pin: '1111' },
  kasir2: { username: 'kasir2', displayName: 'Budi Santoso', role: 'kasir', pin: '4444' },
};

const PROFILE_FROM = '2000-01-01';

function demoUser(core: Core, key: DemoUserKey): SessionUser {
  const p = DEMO_PEOPLE[key];
  const existing = core.db.prepare('SELECT id, username, display_name, role FROM users WHERE username = ?').get(p.username) as
    { id: string; username: string; display_name: string; role: SessionUser['role'] } | undefined;
  // `kkmp init` may have made the admin already: keep it (and its PIN).
  if (existing) return { id: existing.id, username: existing.username, displayName: existing.display_name, role: existing.role };
  return createUser(core, p, null);
}

export function seedOutlet(core: Core, firstDay: string): { users: Record<DemoUserKey, SessionUser>; products: Record<string, string> } {
  return inTransaction(core, () => {
    if ((core.db.prepare('SELECT COUNT(*) FROM products').pluck().get() as number) > 0) throw new AppError('SEED_DB_NOT_EMPTY', { file: core.file });
    putSetting(core, 'outlet.code', PROFILE_FROM, 'BPN01', null);
    putSetting(core, 'outlet.name', PROFILE_FROM, 'Gerai KKMP Gunung Samarinda Baru', null);
    putSetting(core, 'outlet.address', PROFILE_FROM, 'Jl. Soekarno-Hatta Km 5, Gunung Samarinda Baru, Balikpapan Utara', null);
    putSetting(core, 'outlet.time_zone', PROFILE_FROM, 'Asia/Makassar', null);
    // The login screen shows the demo users and PINs below (issue 15 item 3).
    putSetting(core, 'outlet.demo', PROFILE_FROM, true, null);
    const users = Object.fromEntries((Object.keys(DEMO_PEOPLE) as DemoUserKey[]).map((k) => [k, demoUser(core, k)])) as Record<DemoUserKey, SessionUser>;
    postOpeningPosition(core, Number(firstDay.slice(0, 4)), users.manajer.id);
    for (const c of DEMO_CATEGORIES) ensureCategory(core, c.code, c.name, c.tax);
    const products: Record<string, string> = {};
    for (const { stockMilli, cost, popularity: _p, qty: _q, ...product } of DEMO_PRODUCTS) {
      const id = createProduct(core, product, users.admin.id);
      products[product.sku] = id;
      postMove(core, {
        productId: id,
        qtyMilli: stockMilli,
        kind: 'receipt',
        docType: 'demo',
        docId: 'stok-awal',
        unitCost: cost,
        userId: users.manajer.id,
        note: 'Stok awal demo',
      });
    }
    postStockPurchase(core, 'demo', 'stok-awal', 'Stok awal demo (transfer)', ACCOUNTS.bank, users.manajer.id);
    return { users, products };
  });
}
