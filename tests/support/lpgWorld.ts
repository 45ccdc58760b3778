// An outlet with LPG 3 kg (refill, tabung + isi, empty cylinders), beras SPHP and Minyakita in
// stock, a kasir, a supervisor and a manager: the world the LPG and subsidy tests sell in.
import { addUser, openTempHost, type Caller, type TempHost } from './tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import { putSetting } from '../../electron/services/settings/settings';
import { postMove } from '../../electron/services/stock/stockLedger';
import { uuidv7 } from '../../shared/ids';
import type { Core } from '../../electron/services/core';

export interface Sold {
  saleId: string;
  receiptNo: string;
  total: number;
}

export interface LpgWorld {
  h: TempHost;
  kasir: Caller;
  manajer: Caller;
  products: { refill: string; baru: string; kosong: string; sphp: string; minyakita1l: string; gula: string };
  /** Registers a buyer through the API and returns its id. */
  buyer(n: number, opts?: { kk?: number; category?: 'RUMAH_TANGGA' | 'USAHA_MIKRO'; nib?: string }): Promise<string>;
  sell(input: { buyerId?: string; nik?: string; qty?: number; productId?: string; emptyReturned?: boolean; approve?: boolean }, caller?: Caller): Promise<Sold>;
  sellLines(
    lines: { productId: string; qtyMilli: number; extra?: Record<string, unknown> }[],
    o?: { approve?: boolean; saleExtra?: Record<string, unknown>; memberId?: string },
  ): Promise<Sold>;
  at(iso: string): void;
}

export const SUPERVISOR = { username: 'budi', pin: '2222' };

/** A NIK that passes checkNik: Balikpapan (64 71 01), born 15-08-85, serial n. */
export function nikOf(n: number): string {
  return `647101150885${String(n).padStart(4, '0')}`;
}

export function kkOf(n: number): string {
  return `6471010101${String(n).padStart(6, '0')}`;
}

export function receive(core: Core, productId: string, pieces: number): void {
  inTransaction(core, () =>
    postMove(core, { productId, qtyMilli: pieces * 1000, kind: 'receipt', docType: 'test', docId: uuidv7(), unitCost: 16_000, userId: null }),
  );
}

export async function openLpgWorld(start = new Date('2026-01-10T02:00:00Z')): Promise<LpgWorld> {
  const h = openTempHost({ start });
  addUser(h, 'sari', 'kasir', '1111');
  addUser(h, SUPERVISOR.username, 'supervisor', SUPERVISOR.pin);
  addUser(h, 'mira', 'manajer', '333333');
  putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
  // The tests move the clock by weeks: keep the sessions open across it.
  putSetting(h.core, 'auth.session_hours', '2000-01-01', 24 * 365, null);
  const from = '2025-01-01';
  const refill = createProduct(
    h.core,
    {
      sku: 'LPG3-ISI',
      name: 'LPG 3 kg isi ulang',
      unit: 'tabung',
      soldBy: 'piece',
      subsidyProgram: 'LPG3',
      lpgKind: 'refill',
      price: { amount: 19_000, validFrom: from },
      ceilings: [{ kind: 'HET', amount: 19_000, validFrom: from }],
    },
    null,
  );
  const baru = createProduct(
    h.core,
    {
      sku: 'LPG3-BARU',
      name: 'LPG 3 kg tabung + isi',
      unit: 'tabung',
      soldBy: 'piece',
      subsidyProgram: 'LPG3',
      lpgKind: 'full_new',
      price: { amount: 160_000, validFrom: from },
    },
    null,
  );
  const kosong = createProduct(h.core, { sku: 'LPG3-KOSONG', name: 'Tabung kosong 3 kg', unit: 'tabung', soldBy: 'piece', lpgKind: 'empty' }, null);
  const sphp = createProduct(
    h.core,
    {
      sku: 'SPHP-5',
      name: 'Beras SPHP 5 kg',
      unit: 'sak',
      soldBy: 'piece',
      subsidyProgram: 'SPHP',
      packSizeMilli: 5000,
      price: { amount: 65_500, validFrom: from },
      ceilings: [{ kind: 'HET', amount: 65_500, validFrom: from }],
    },
    null,
  );
  const minyakita1l = createProduct(
    h.core,
    {
      sku: 'MK-1L',
      name: 'Minyakita 1 L',
      unit: 'pcs',
      soldBy: 'piece',
      subsidyProgram: 'MINYAKITA',
      packSizeMilli: 1000,
      price: { amount: 15_700, validFrom: from },
      ceilings: [{ kind: 'HET', amount: 15_700, validFrom: from }],
    },
    null,
  );
  const gula = createProduct(
    h.core,
    {
      sku: 'GULA-1',
      name: 'Gula pasir 1 kg',
      unit: 'pcs',
      soldBy: 'piece',
      price: { amount: 17_500, validFrom: from },
      ceilings: [{ kind: 'HAP', amount: 17_500, validFrom: from }],
    },
    null,
  );
  for (const p of [refill, baru, sphp, minyakita1l, gula]) receive(h.core, p, 200);
  const kasir = await h.as('sari', '1111');
  const manajer = await h.as('mira', '333333');

  const world: LpgWorld = {
    h,
    kasir,
    manajer,
    products: { refill, baru, kosong, sphp, minyakita1l, gula },
    async buyer(n, o = {}) {
      const category = o.category ?? 'RUMAH_TANGGA';
      const r = await kasir<{ buyer: { id: string } }>('lpg.buyers.register', {
        nik: nikOf(n),
        kk: kkOf(o.kk ?? n),
        name: `Pembeli ${n}`,
        rt: '003',
        rw: '001',
        kelurahan: 'Graha Indah',
        category,
        nib: category === 'USAHA_MIKRO' ? (o.nib ?? '9120001234567') : undefined,
        businessType: category === 'USAHA_MIKRO' ? 'warung makan' : undefined,
      });
      return r.buyer.id;
    },
    async sell(i, caller = kasir) {
      const extra: Record<string, unknown> = { emptyReturned: i.emptyReturned ?? true };
      if (i.buyerId) extra.lpgBuyerId = i.buyerId;
      if (i.nik) extra.lpgNik = i.nik;
      return caller('sales.commit', {
        id: uuidv7(h.clock.now.getTime()),
        lines: [{ productId: i.productId ?? refill, qtyMilli: (i.qty ?? 1) * 1000, extra }],
        payments: [{ method: 'cash', amount: 1_000_000 }],
        approval: i.approve ? SUPERVISOR : undefined,
      });
    },
    async sellLines(lines, o = {}) {
      return kasir('sales.commit', {
        id: uuidv7(h.clock.now.getTime()),
        lines,
        memberId: o.memberId,
        payments: [{ method: 'cash', amount: 1_000_000 }],
        extra: o.saleExtra,
        approval: o.approve ? SUPERVISOR : undefined,
      });
    },
    at(iso) {
      h.clock.now = new Date(iso);
    },
  };
  return world;
}
