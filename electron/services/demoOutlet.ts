// "Coba dengan data contoh": a small outlet to click through on first run: staples at their HET,
// stock on the shelf, an admin, a manager and a cashier whose PINs the wizard shows. The fuller
// demo of every feature is `kkmp seed --demo`.
import { gs1CheckDigit } from '../../shared/barcode';
import type { Role } from '../../shared/roles';
import { createUser } from './auth';
import { createProduct, ensureCategory, type NewProduct } from './catalog';
import type { Core } from './core';
import { putSetting } from './settings';
import { postMove } from './stockLedger';

export const DEMO_USERS: readonly [{ username: string; displayName: string; role: Role; pin: string }, ...{ username: string; displayName: string; role: Role; pin: string }[]] = [
  { username: 'admin', displayName: 'Admin Demo', role: 'admin', pin: '123456' },
  { username: 'manajer', displayName: 'Manajer Demo', role: 'manajer', pin: '2222' },
  { username: 'kasir', displayName: 'Kasir Demo', role: 'kasir', pin: '1111' },
];

/** A real-looking Indonesian EAN-13 (GS1 prefix 899) as GTIN-14. */
function ean899(item: string): string {
  const data = `899${item.padStart(9, '0')}`;
  return `0${data}${gs1CheckDigit(data)}`;
}

const FROM = '2000-01-01';

const PRODUCTS: (NewProduct & { stockMilli: number; cost: number })[] = [
  { sku: 'SPHP5', name: 'Beras SPHP 5 kg', unit: 'sak', soldBy: 'piece', categoryCode: 'BERAS', subsidyProgram: 'SPHP', packSizeMilli: 5000, barcodes: [ean899('100001')], price: { amount: 65_500, validFrom: FROM }, ceilings: [{ kind: 'HET', amount: 65_500, validFrom: FROM, source: 'Bapanas zona 2' }], stockMilli: 40_000, cost: 62_500 },
  { sku: 'MINYAK1', name: 'Minyakita 1 L', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', subsidyProgram: 'MINYAKITA', barcodes: [ean899('100002')], price: { amount: 15_700, validFrom: FROM }, ceilings: [{ kind: 'HET', amount: 15_700, validFrom: FROM, source: 'Permendag HET Minyakita' }], stockMilli: 60_000, cost: 14_500 },
  { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', barcodes: [ean899('100003')], price: { amount: 17_000, validFrom: FROM }, stockMilli: 30_000, cost: 15_500 },
  { sku: 'TEPUNG1', name: 'Tepung terigu 1 kg', unit: 'pcs', soldBy: 'piece', categoryCode: 'SEMBAKO', barcodes: [ean899('100004')], price: { amount: 12_000, validFrom: FROM }, stockMilli: 25_000, cost: 10_500 },
  { sku: 'TELUR', name: 'Telur ayam (per kg)', unit: 'kg', soldBy: 'weight', categoryCode: 'SEMBAKO', price: { amount: 28_500, validFrom: FROM }, stockMilli: 15_000, cost: 26_000 },
];

/** Call inside the setup transaction, on an empty database. */
export function seedDemoOutlet(core: Core): void {
  putSetting(core, 'outlet.code', FROM, 'DEMO', null);
  putSetting(core, 'outlet.name', FROM, 'Gerai KKMP Demo', null);
  putSetting(core, 'outlet.address', FROM, 'Jl. Contoh No. 1, Balikpapan', null);
  for (const u of DEMO_USERS) createUser(core, u, null);
  ensureCategory(core, 'BERAS', 'Beras', 'EXEMPT');
  ensureCategory(core, 'SEMBAKO', 'Sembako');
  for (const { stockMilli, cost, ...product } of PRODUCTS) {
    const id = createProduct(core, product, null);
    postMove(core, { productId: id, qtyMilli: stockMilli, kind: 'receipt', docType: 'demo', docId: 'stok-awal', unitCost: cost, userId: null, note: 'Stok awal demo' });
  }
}
