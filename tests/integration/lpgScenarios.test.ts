// The scenario table of issue 3 ("Done when"): each row sets up an outlet, sells, and states what
// the cashier is told. The outcome is the refusal code with its facts, or that the sale passed.
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../shared/i18n/errorMessages';
import { createProduct } from '../../electron/services/catalog/catalog';
import { putSetting } from '../../electron/services/settings/settings';
import { uuidv7 } from '../../shared/ids';
import type { LpgBuyerLimits } from '../../shared/lpg';
import { kkOf, nikOf, openLpgWorld, receive, type LpgWorld } from '../support/lpgWorld';

type Outcome = { ok: true } | { code: string; params?: Record<string, unknown> };

async function outcome(p: Promise<unknown>): Promise<Outcome> {
  try {
    await p;
    return { ok: true };
  } catch (e) {
    const payload = (e as { payload?: { code: string; params: Record<string, unknown> } }).payload;
    if (!payload) throw e;
    return { code: payload.code, params: payload.params };
  }
}

function onHand(w: LpgWorld, productId: string): number {
  return (
    ((w.h.core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').get(productId) as { qty_milli: number } | undefined)?.qty_milli ?? 0) /
    1000
  );
}

/** Ten tabung for KK 1 in March 2026, one a day (days 1..10), by buyer 1. */
async function tenForKk1(w: LpgWorld): Promise<void> {
  const b1 = await w.buyer(1, { kk: 1 });
  for (let d = 1; d <= 10; d++) {
    w.at(`2026-03-${String(d).padStart(2, '0')}T02:00:00Z`);
    await w.sell({ buyerId: b1 });
  }
  w.at('2026-03-11T02:00:00Z');
}

interface Scenario {
  name: string;
  run(w: LpgWorld): Promise<Outcome>;
  expected: Outcome;
}

let w: LpgWorld;
afterEach(() => w.h.dispose());

const scenarios: Scenario[] = [
  {
    name: 'an unregistered NIK is refused',
    run: (w) => outcome(w.sell({ nik: nikOf(99) })),
    expected: { code: 'LPG_BUYER_NOT_REGISTERED', params: { sku: 'LPG3-ISI', nik4: '****0099' } },
  },
  {
    name: 'an LPG sale without any buyer is refused',
    run: (w) => outcome(w.sell({})),
    expected: { code: 'LPG_BUYER_REQUIRED', params: { sku: 'LPG3-ISI', name: 'LPG 3 kg isi ulang' } },
  },
  {
    name: 'an invalid NIK format is refused at the sale',
    run: (w) => outcome(w.sell({ nik: '12345' })),
    expected: { code: 'LPG_NIK_INVALID', params: { sku: 'LPG3-ISI', problem: 'NIK_FORMAT' } },
  },
  {
    name: 'an invalid NIK format is refused at registration',
    run: (w) => outcome(w.kasir('lpg.buyers.register', { nik: '6471010000000000', kk: kkOf(1), name: 'X', category: 'RUMAH_TANGGA' })),
    expected: { code: 'LPG_NIK_INVALID', params: { problem: 'NIK_BIRTH_DATE' } },
  },
  {
    name: 'a usaha mikro without NIB is refused',
    run: (w) =>
      outcome(w.kasir('lpg.buyers.register', { nik: nikOf(5), kk: kkOf(5), name: 'Warung Bu Ani', category: 'USAHA_MIKRO', businessType: 'warung makan' })),
    expected: { code: 'LPG_NIB_REQUIRED', params: {} },
  },
  {
    name: 'a prohibited business type (laundry) is refused',
    run: (w) =>
      outcome(
        w.kasir('lpg.buyers.register', {
          nik: nikOf(6),
          kk: kkOf(6),
          name: 'Laundry Kilat',
          category: 'USAHA_MIKRO',
          nib: '9120001234567',
          businessType: 'Laundry kiloan',
          businessCategory: 'LAUNDRY',
        }),
      ),
    expected: { code: 'LPG_BUSINESS_PROHIBITED', params: { businessType: 'Laundry kiloan', rule: 'Laundry / binatu (cuci pakaian)' } },
  },
  {
    name: 'a nelayan sasaran cannot be registered at the counter',
    run: (w) => outcome(w.kasir('lpg.buyers.register', { nik: nikOf(7), kk: kkOf(7), name: 'Pak Laut', category: 'NELAYAN_SASARAN' })),
    expected: { code: 'LPG_CATEGORY_IMPORT_ONLY', params: { category: 'NELAYAN_SASARAN' } },
  },
  {
    name: 'a buyer the manager marked as pengecer is refused',
    run: async (w) => {
      const b = await w.buyer(8);
      await w.manajer('lpg.buyers.setStatus', { buyerId: b, isPengecer: true, reason: 'menjual ulang ke warung' });
      return outcome(w.sell({ buyerId: b }));
    },
    expected: { code: 'LPG_BUYER_PENGECER', params: { sku: 'LPG3-ISI', nik4: '****0008' } },
  },
  {
    name: 'a blocked buyer is refused',
    run: async (w) => {
      const b = await w.buyer(9);
      await w.manajer('lpg.buyers.setStatus', { buyerId: b, status: 'blocked', reason: 'KTP dipakai orang lain' });
      return outcome(w.sell({ buyerId: b }));
    },
    expected: { code: 'LPG_BUYER_BLOCKED', params: { sku: 'LPG3-ISI', nik4: '****0009' } },
  },
  {
    name: 'a 2nd tabung in one transaction for rumah tangga is refused',
    run: async (w) => outcome(w.sell({ buyerId: await w.buyer(1), qty: 2 })),
    expected: { code: 'LPG_TX_LIMIT', params: { nik4: '****0001', category: 'RUMAH_TANGGA', used: 0, limit: 1, requested: 2 } },
  },
  {
    name: '2026 profile: the 11th tabung of a KK in a month is refused',
    run: async (w) => {
      await w.manajer('lpg.profile.activate', { profile: '2026', validFrom: '2026-03-01' });
      await tenForKk1(w);
      return outcome(w.sell({ buyerId: await w.buyer(2, { kk: 1 }) }));
    },
    expected: {
      code: 'LPG_KK_MONTH_LIMIT',
      params: { sku: undefined, kk4: '****0001', month: '2026-03', category: 'RUMAH_TANGGA', used: 10, limit: 10, requested: 1 },
    },
  },
  {
    name: '2026 profile: while the KK is full, a different KK passes',
    run: async (w) => {
      await w.manajer('lpg.profile.activate', { profile: '2026', validFrom: '2026-03-01' });
      await tenForKk1(w);
      return outcome(w.sell({ buyerId: await w.buyer(3, { kk: 3 }) }));
    },
    expected: { ok: true },
  },
  {
    name: '2025 defaults: the same 11th tabung warns and needs a supervisor PIN',
    run: async (w) => {
      await tenForKk1(w);
      return outcome(w.sell({ buyerId: await w.buyer(2, { kk: 1 }) }));
    },
    expected: {
      code: 'APPROVAL_REQUIRED',
      params: {
        findings: 'LPG_KK_MONTH_LIMIT',
        first: 'LPG_KK_MONTH_LIMIT',
        kk4: '****0001',
        month: '2026-03',
        category: 'RUMAH_TANGGA',
        used: 10,
        limit: 10,
        requested: 1,
      },
    },
  },
  {
    name: '2025 defaults: with the supervisor PIN the 11th tabung of the KK is sold',
    run: async (w) => {
      await tenForKk1(w);
      return outcome(w.sell({ buyerId: await w.buyer(2, { kk: 1 }), approve: true }));
    },
    expected: { ok: true },
  },
  {
    name: 'the 11th tabung of one NIK in a day is refused, even with a supervisor PIN',
    run: async (w) => {
      const b = await w.buyer(1);
      for (let i = 0; i < 10; i++) await w.sell({ buyerId: b, approve: i > 0 });
      return outcome(w.sell({ buyerId: b, approve: true }));
    },
    expected: { code: 'LPG_NIK_DAY_LIMIT', params: { nik4: '****0001', date: '2026-01-10', used: 10, limit: 10, requested: 1 } },
  },
  {
    name: 'month boundary: 23:59 WITA on the 31st counts in the old month',
    run: async (w) => {
      putSetting(w.h.core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode', '2026-01-01', 'hard', null);
      putSetting(w.h.core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA', '2026-01-01', 1, null);
      const a = await w.buyer(1, { kk: 1 });
      const b = await w.buyer(2, { kk: 1 });
      w.at('2026-01-31T15:59:00Z'); // 23:59 WITA
      await w.sell({ buyerId: a });
      w.at('2026-01-31T15:59:59Z');
      return outcome(w.sell({ buyerId: b }));
    },
    expected: { code: 'LPG_KK_MONTH_LIMIT', params: { kk4: '****0001', month: '2026-01', category: 'RUMAH_TANGGA', used: 1, limit: 1, requested: 1 } },
  },
  {
    name: 'month boundary: at 00:00 WITA on the 1st the new month starts empty',
    run: async (w) => {
      putSetting(w.h.core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode', '2026-01-01', 'hard', null);
      putSetting(w.h.core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA', '2026-01-01', 1, null);
      const a = await w.buyer(1, { kk: 1 });
      const b = await w.buyer(2, { kk: 1 });
      w.at('2026-01-31T15:59:00Z');
      await w.sell({ buyerId: a });
      w.at('2026-01-31T16:00:00Z'); // 00:00 WITA, 1 February
      return outcome(w.sell({ buyerId: b }));
    },
    expected: { ok: true },
  },
  {
    name: 'a price Rp1 above the HET is refused',
    run: async (w) => {
      w.h.core.db.prepare("INSERT INTO price_ceilings (product_id, valid_from, kind, amount) VALUES (?, '2026-01-10', 'HET', 18999)").run(w.products.refill);
      return outcome(w.sell({ buyerId: await w.buyer(1) }));
    },
    expected: { code: 'PRICE_ABOVE_HET', params: { sku: 'LPG3-ISI', name: 'LPG 3 kg isi ulang', price: 19_000, het: 18_999 } },
  },
  {
    name: 'a refill product without its own HET is held to the outlet HET setting (Rp1 above refused)',
    run: async (w) => {
      const p = createProduct(
        w.h.core,
        {
          sku: 'LPG3-ISI-B',
          name: 'LPG 3 kg (agen B)',
          unit: 'tabung',
          soldBy: 'piece',
          subsidyProgram: 'LPG3',
          lpgKind: 'refill',
          price: { amount: 19_001, validFrom: '2026-01-01' },
        },
        null,
      );
      receive(w.h.core, p, 5);
      return outcome(w.sell({ buyerId: await w.buyer(1), productId: p }));
    },
    expected: { code: 'PRICE_ABOVE_HET', params: { sku: 'LPG3-ISI-B', name: 'LPG 3 kg (agen B)', price: 19_001, het: 19_000 } },
  },
  {
    name: 'the sub-pangkalan markup setting raises the ceiling to HET + markup',
    run: async (w) => {
      putSetting(w.h.core, 'lpg3.subpangkalan_markup_max', '2026-01-10', 2_000, null);
      w.h.core.db.prepare("INSERT INTO prices (product_id, valid_from, price, set_at) VALUES (?, '2026-01-10', 21000, 'x')").run(w.products.refill);
      return outcome(w.sell({ buyerId: await w.buyer(1) }));
    },
    expected: { ok: true },
  },
  {
    name: 'a sale with no stock received is refused',
    run: async (w) => {
      const p = createProduct(
        w.h.core,
        {
          sku: 'LPG3-ISI-C',
          name: 'LPG 3 kg (belum ditebus)',
          unit: 'tabung',
          soldBy: 'piece',
          subsidyProgram: 'LPG3',
          lpgKind: 'refill',
          price: { amount: 19_000, validFrom: '2026-01-01' },
          ceilings: [{ kind: 'HET', amount: 19_000, validFrom: '2026-01-01' }],
        },
        null,
      );
      return outcome(w.sell({ buyerId: await w.buyer(1), productId: p }));
    },
    expected: { code: 'LPG_STOCK_EMPTY', params: { sku: 'LPG3-ISI-C', name: 'LPG 3 kg (belum ditebus)', onHand: 0, requested: 1 } },
  },
  {
    name: '3 packs of beras SPHP are refused',
    run: (w) => outcome(w.sellLines([{ productId: w.products.sphp, qtyMilli: 3000 }])),
    expected: { code: 'SPHP_MAX_PACKS', params: { requested: 3, limit: 2 } },
  },
  {
    name: '2 packs of beras SPHP pass',
    run: (w) => outcome(w.sellLines([{ productId: w.products.sphp, qtyMilli: 2000 }])),
    expected: { ok: true },
  },
  {
    name: 'SPHP per day: an identified buyer cannot make a 3rd pack in a second sale',
    run: async (w) => {
      await w.sellLines([{ productId: w.products.sphp, qtyMilli: 2000 }], { saleExtra: { buyerNik: nikOf(40) } });
      return outcome(w.sellLines([{ productId: w.products.sphp, qtyMilli: 1000 }], { saleExtra: { buyerNik: nikOf(40) } }));
    },
    expected: { code: 'SPHP_DAY_LIMIT', params: { used: 2, limit: 2, requested: 1 } },
  },
  {
    name: 'switching to 2026 on a date: the day before, a 2nd purchase of the day only warns',
    run: async (w) => {
      await w.manajer('lpg.profile.activate', { profile: '2026', validFrom: '2026-01-15' });
      const b = await w.buyer(1);
      w.at('2026-01-14T02:00:00Z');
      await w.sell({ buyerId: b });
      return outcome(w.sell({ buyerId: b }));
    },
    expected: {
      code: 'APPROVAL_REQUIRED',
      params: {
        findings: 'LPG_NIK_DAY_TRANSACTIONS',
        first: 'LPG_NIK_DAY_TRANSACTIONS',
        nik4: '****0001',
        date: '2026-01-14',
        used: 1,
        limit: 1,
        requested: 1,
      },
    },
  },
  {
    name: 'switching to 2026 on a date: from that date a 2nd purchase of the day is refused',
    run: async (w) => {
      await w.manajer('lpg.profile.activate', { profile: '2026', validFrom: '2026-01-15' });
      const b = await w.buyer(1);
      w.at('2026-01-15T02:00:00Z');
      await w.sell({ buyerId: b });
      return outcome(w.sell({ buyerId: b, approve: true }));
    },
    expected: { code: 'LPG_NIK_DAY_TRANSACTIONS', params: { nik4: '****0001', date: '2026-01-15', used: 1, limit: 1, requested: 1 } },
  },
  {
    name: 'switching to 2026 on a date: SPHP allows 5 packs from that date',
    run: async (w) => {
      await w.manajer('lpg.profile.activate', { profile: '2026', validFrom: '2026-01-15' });
      w.at('2026-01-15T02:00:00Z');
      return outcome(w.sellLines([{ productId: w.products.sphp, qtyMilli: 5000 }]));
    },
    expected: { ok: true },
  },
  {
    name: 'a refill without an empty returned needs a supervisor PIN',
    run: async (w) => outcome(w.sell({ buyerId: await w.buyer(1), emptyReturned: false })),
    expected: { code: 'APPROVAL_REQUIRED', params: { findings: 'LPG_NO_EMPTY_RETURNED', first: 'LPG_NO_EMPTY_RETURNED', sku: 'LPG3-ISI', qty: 1 } },
  },
  {
    name: 'Minyakita above the HET per litre for its pack size is refused',
    run: async (w) => {
      putSetting(w.h.core, 'minyakita.het_per_liter', '2026-01-10', 15_000, null);
      return outcome(w.sellLines([{ productId: w.products.minyakita1l, qtyMilli: 1000 }]));
    },
    expected: { code: 'MINYAKITA_ABOVE_HET', params: { sku: 'MK-1L', name: 'Minyakita 1 L', price: 15_700, het: 15_000 } },
  },
  {
    name: 'Minyakita in a bundle is refused',
    run: (w) => outcome(w.sellLines([{ productId: w.products.minyakita1l, qtyMilli: 1000, extra: { bundleId: 'PAKET-LEBARAN' } }])),
    expected: { code: 'MINYAKITA_BUNDLED', params: { sku: 'MK-1L', name: 'Minyakita 1 L' } },
  },
  {
    name: 'gula above its HAP only warns (supervisor PIN)',
    run: async (w) => {
      w.h.core.db.prepare("INSERT INTO prices (product_id, valid_from, price, set_at) VALUES (?, '2026-01-10', 18000, 'x')").run(w.products.gula);
      return outcome(w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]));
    },
    expected: {
      code: 'APPROVAL_REQUIRED',
      params: { findings: 'PRICE_ABOVE_HAP', first: 'PRICE_ABOVE_HAP', sku: 'GULA-1', name: 'Gula pasir 1 kg', price: 18_000, hap: 17_500 },
    },
  },
];

describe('LPG 3 kg and subsidised staples: scenario table', () => {
  it.each(scenarios)('$name', async (s) => {
    w = await openLpgWorld();
    const got = await s.run(w);
    if ('ok' in s.expected) {
      expect(got).toEqual({ ok: true });
      return;
    }
    const refusal = got as { code: string; params: Record<string, string | number> };
    expect(refusal.code).toBe(s.expected.code);
    const expectedParams = Object.fromEntries(Object.entries(s.expected.params ?? {}).filter(([, v]) => v !== undefined));
    expect(refusal.params).toEqual(expectedParams);
    // Every refusal has words in both languages (no "Terjadi kesalahan" fallback, no unfilled {fact}).
    const shown = refusal.code === 'APPROVAL_REQUIRED' ? String(refusal.params.first) : refusal.code;
    expect(errorText(shown, refusal.params, 'id')).not.toMatch(/Terjadi kesalahan|\{/);
    expect(errorText(shown, refusal.params, 'en')).not.toMatch(/Something went wrong|\{/);
  });
});

describe('LPG cylinders: refill vs tabung + isi', () => {
  it('a refill moves one full out and one empty in; a tabung + isi moves only the full', async () => {
    w = await openLpgWorld();
    const b = await w.buyer(1);
    const before = { refill: onHand(w, w.products.refill), baru: onHand(w, w.products.baru), kosong: onHand(w, w.products.kosong) };
    const refill = await w.sell({ buyerId: b, emptyReturned: true });
    expect([onHand(w, w.products.refill), onHand(w, w.products.kosong)]).toEqual([before.refill - 1, before.kosong + 1]);
    const moves = w.h.core.db.prepare('SELECT product_id, qty_milli, kind FROM stock_moves WHERE doc_id = ? ORDER BY id').all(refill.saleId);
    expect(moves).toEqual([
      { product_id: w.products.refill, qty_milli: -1000, kind: 'sale' },
      { product_id: w.products.kosong, qty_milli: 1000, kind: 'cylinder_exchange' },
    ]);
    w.at('2026-01-11T02:00:00Z');
    await w.sell({ buyerId: b, productId: w.products.baru, emptyReturned: false });
    expect([onHand(w, w.products.baru), onHand(w, w.products.kosong), onHand(w, w.products.refill)]).toEqual([
      before.baru - 1,
      before.kosong + 1,
      before.refill - 1,
    ]);
  });

  it('a refill without an empty, approved by the supervisor, moves only the full and is audited', async () => {
    w = await openLpgWorld();
    const b = await w.buyer(1);
    const sale = await w.sell({ buyerId: b, emptyReturned: false, approve: true });
    expect(onHand(w, w.products.kosong)).toBe(0);
    const override = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'sale.override' AND entity_id = ?").get(sale.saleId) as {
      details: string;
    };
    expect(JSON.parse(override.details).findings[0].code).toBe('LPG_NO_EMPTY_RETURNED');
  });
});

describe('LPG buyer register', () => {
  it('stores the NIK sealed, finds it by NIK, shows ****1234, warns on a 2nd NIK of the same KK, and reports what is left', async () => {
    w = await openLpgWorld();
    const first = await w.kasir<{ buyer: { nikMasked: string; kkMasked: string }; warnings: unknown[] }>('lpg.buyers.register', {
      nik: nikOf(1234),
      kk: kkOf(5678),
      name: 'Ibu Sari',
      rt: '003',
      rw: '001',
      kelurahan: 'Graha Indah',
      category: 'RUMAH_TANGGA',
    });
    expect(first.buyer).toMatchObject({ nikMasked: '****1234', kkMasked: '****5678' });
    expect(first.warnings).toEqual([]);
    const row = w.h.core.db.prepare('SELECT * FROM lpg_buyers').get() as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(nikOf(1234));
    expect(JSON.stringify(row)).not.toContain(kkOf(5678));
    const second = await w.kasir<{ warnings: { code: string; params: unknown }[] }>('lpg.buyers.register', {
      nik: nikOf(4321),
      kk: kkOf(5678),
      name: 'Pak Budi',
      category: 'RUMAH_TANGGA',
    });
    expect(second.warnings).toEqual([{ code: 'LPG_KK_ALREADY_REGISTERED', params: { kk4: '****5678', count: 1 } }]);
    const found = await w.kasir<{ buyer: { id: string; name: string }; limits: Record<string, { used: number; remaining: number | null }> }>(
      'lpg.buyers.find',
      { nik: `${nikOf(1234).slice(0, 6)} ${nikOf(1234).slice(6)}` },
    );
    expect(found.buyer.name).toBe('Ibu Sari');
    await w.sell({ buyerId: found.buyer.id });
    const after = await w.kasir<{ limits: Record<string, { used: number; remaining: number | null; limit: number | null }> }>('lpg.buyers.get', {
      buyerId: found.buyer.id,
    });
    expect(after.limits.dayQty).toMatchObject({ used: 1, limit: 10, remaining: 9 });
    expect(after.limits.kkMonth).toMatchObject({ used: 1, limit: 10, remaining: 9 });
    expect(after.limits.nikMonth).toMatchObject({ used: 1, limit: 15, remaining: 14 });
    expect(after.limits.dayTransactions).toMatchObject({ used: 1, limit: 1, remaining: 0 });
    expect(await w.kasir('lpg.buyers.find', { nik: nikOf(9999) })).toBeNull();
  });

  it('imports nelayan and petani sasaran from CSV with a report per row', async () => {
    w = await openLpgWorld();
    const csv = [
      'nik,kk,name,rt,rw,kelurahan,category,nib,business_type',
      `${nikOf(11)},${kkOf(11)},Pak Laut,001,002,Manggar,NELAYAN_SASARAN,,`,
      `${nikOf(12)},${kkOf(12)},Bu Tani,003,004,Manggar,petani,,`,
      `12345,${kkOf(13)},Salah NIK,,,,RUMAH_TANGGA,,`,
      `${nikOf(14)},${kkOf(14)},Hotel Indah,,,,USAHA_MIKRO,9120001234567,hotel`,
      `${nikOf(11)},${kkOf(11)},Pak Laut lagi,,,,NELAYAN_SASARAN,,`,
    ].join('\n');
    const kasirRefused = await outcome(w.kasir('lpg.buyers.import', { csv }));
    expect(kasirRefused).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    const report = await w.manajer<{ imported: number; rejected: number; rows: { row: number; ok: boolean; code?: string }[] }>('lpg.buyers.import', { csv });
    expect(report.imported).toBe(2);
    expect(report.rows.map((r) => [r.row, r.ok, r.code])).toEqual([
      [2, true, undefined],
      [3, true, undefined],
      [4, false, 'LPG_NIK_INVALID'],
      [5, false, 'LPG_BUSINESS_PROHIBITED'],
      [6, false, 'LPG_BUYER_EXISTS'],
    ]);
    const nelayan = await w.kasir<{ buyer: { category: string; source: string } }>('lpg.buyers.find', { nik: nikOf(11) });
    expect(nelayan.buyer).toMatchObject({ category: 'NELAYAN_SASARAN', source: 'import' });
  });
});

describe('LPG void and return give the quota and the empty back', () => {
  it('a voided LPG sale frees the day purchase and hands the empty back; a returned tabung frees its quota', async () => {
    w = await openLpgWorld();
    putSetting(w.h.core, 'lpg3.max_transactions_per_nik_per_day.mode', '2026-01-01', 'hard', null);
    const b = await w.buyer(1);
    const sale = await w.sell({ buyerId: b });
    expect(await outcome(w.sell({ buyerId: b }))).toMatchObject({ code: 'LPG_NIK_DAY_TRANSACTIONS' });
    await w.kasir('sales.void', { saleId: sale.saleId, reason: 'salah input', approval: { username: 'budi', pin: '2222' } });
    expect(onHand(w, w.products.kosong)).toBe(0);
    const limits = await w.kasir<{ limits: LpgBuyerLimits }>('lpg.buyers.get', { buyerId: b });
    expect([limits.limits.dayTransactions.used, limits.limits.dayQty.used, limits.limits.kkMonth.used]).toEqual([0, 0, 0]);
    const again = await w.sell({ buyerId: b });
    await w.kasir('sales.return', {
      id: uuidv7(),
      saleId: again.saleId,
      lines: [{ lineNo: 1, qtyMilli: 1000 }],
      reason: 'tabung bocor',
      approval: { username: 'budi', pin: '2222' },
    });
    const afterReturn = await w.kasir<{ limits: LpgBuyerLimits }>('lpg.buyers.get', { buyerId: b });
    expect([afterReturn.limits.dayTransactions.used, afterReturn.limits.nikMonth.used]).toEqual([0, 0]);
    const log = w.h.core.db.prepare('SELECT sale_id, counted, returned_qty FROM lpg_sale_lines ORDER BY receipt_no').all();
    expect(log).toEqual([
      { sale_id: sale.saleId, counted: 0, returned_qty: 0 },
      { sale_id: again.saleId, counted: 0, returned_qty: 1 },
    ]);
  });
});
