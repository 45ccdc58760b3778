// The LPG 3 kg part of the demo: registered buyers of every category (rumah tangga and usaha mikro
// at the counter, nelayan and petani sasaran by import), and each day LPG refills and SPHP sales to
// identified buyers within the rules. Past days have their MAP entries recorded (a few rejected),
// the MAP count entered and the LPG day closed.
import { isAppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { LpgCategory } from '../../../shared/lpg';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { commitSale } from '../sales/sales';
import { importBuyers, registerBuyer } from '../lpg/buyers';
import { closeDay, enterMapCount, logbookRows, setMapStatus } from '../lpg/mapLogbook';
import type { DemoContext, DemoSeeder } from './context';
import { between, pick } from './prng';

const NAMES = [
  'Siti Aminah',
  'Rudi Hartono',
  'Dewi Lestari',
  'Agus Salim',
  'Nur Hidayah',
  'Yusuf Maulana',
  'Wati Suryani',
  'Bambang Irawan',
  'Fitri Handayani',
  'Joko Prasetyo',
  'Lina Marlina',
  'Hasan Basri',
  'Sri Rahayu',
  'Andi Pratama',
];
const WARUNG = [
  ['Warung Makan Bu Siti', 'warung makan'],
  ['Kedai Kopi Pak Rudi', 'kedai minuman'],
  ['Jamu Gendong Mbak Dewi', 'kedai jamu'],
] as const;

/** A well-formed Balikpapan NIK (64 71 district, a birth date, a serial) for demo person n. */
function demoNik(n: number, rng: () => number): string {
  const day = String(between(rng, 1, 28) + (n % 2 ? 40 : 0)).padStart(2, '0');
  const month = String(between(rng, 1, 12)).padStart(2, '0');
  const year = String(between(rng, 60, 99));
  return `6471${String(between(rng, 1, 6)).padStart(2, '0')}${day}${month}${year}${String(1000 + n).slice(-4)}`;
}

function demoKk(n: number): string {
  return `647105${String(20_000_000 + n * 137).padStart(10, '0')}`;
}

function register(core: Core, ctx: DemoContext): { id: string; category: LpgCategory; nik: string }[] {
  const buyers: { id: string; category: LpgCategory; nik: string }[] = [];
  ctx.clock.now = ctx.at(ctx.days[0]!, '07:30');
  NAMES.forEach((name, i) => {
    const nik = demoNik(i + 1, ctx.rng);
    const warung = i < WARUNG.length ? WARUNG[i] : null;
    const category: LpgCategory = warung ? 'USAHA_MIKRO' : 'RUMAH_TANGGA';
    // Two households have two registered NIKs (the register warns, as it should).
    const kk = demoKk(i === 5 ? 4 : i === 9 ? 8 : i);
    const r = registerBuyer(
      core,
      {
        nik,
        kk,
        name,
        address: `Jl. Soekarno-Hatta Gg. ${between(ctx.rng, 1, 12)}`,
        rt: String(between(ctx.rng, 1, 30)).padStart(3, '0'),
        rw: '005',
        kelurahan: 'Gunung Samarinda Baru',
        category,
        nib: warung ? `91200${String(10_000_000 + i).slice(-8)}` : null,
        businessName: warung?.[0] ?? null,
        businessType: warung?.[1] ?? null,
      },
      pick(ctx.rng, [ctx.users.kasir.id, ctx.users.kasir2.id]),
    );
    buyers.push({ id: r.buyer.id, category, nik });
  });
  const imported = [
    { n: 41, name: 'La Ode Karim', category: 'NELAYAN_SASARAN', kelurahan: 'Manggar' },
    { n: 42, name: 'Daeng Matta', category: 'NELAYAN_SASARAN', kelurahan: 'Manggar' },
    { n: 43, name: 'Sutrisno', category: 'PETANI_SASARAN', kelurahan: 'Karang Joang' },
    { n: 44, name: 'Ponirah', category: 'PETANI_SASARAN', kelurahan: 'Karang Joang' },
  ].map((p) => ({ ...p, nik: demoNik(p.n, ctx.rng) }));
  const report = importBuyers(
    core,
    imported.map((p) => ({ nik: p.nik, kk: demoKk(p.n), name: p.name, category: p.category, kelurahan: p.kelurahan, rt: '002', rw: '001' })),
    ctx.users.manajer.id,
  );
  report.rows.forEach((r, i) => {
    if (r.ok) buyers.push({ id: r.buyerId!, category: imported[i]!.category as LpgCategory, nik: imported[i]!.nik });
  });
  return buyers;
}

export const lpgDemoSeeder: DemoSeeder = (core, ctx) => {
  // One transaction for the register, as seeding does (each registration is still its own savepoint).
  const buyers = inTransaction(core, () => register(core, ctx));
  ctx.onDay((core, day) => {
    // Today's shift is the one the people trying the demo (and the e2e tests) sell in: leave it alone.
    if (day.isToday) return;
    let t = ctx.clock.now.getTime();
    const next = () => (ctx.clock.now = new Date((t += between(ctx.rng, 20, 90) * 1000)));
    const sell = (lines: { productId: string; qtyMilli: number; extra?: Record<string, unknown> }[], extra: Record<string, unknown> = {}) => {
      next();
      try {
        const amount = lines.reduce((s, l) => s + (l.productId === ctx.products.SPHP5 ? 65_500 : 19_000) * (l.qtyMilli / 1000), 0);
        commitSale(core, day.cashier, { id: uuidv7(ctx.clock.now.getTime()), shiftId: day.shiftId, lines, payments: [{ method: 'cash', amount }], extra });
      } catch (e) {
        // A buyer who already bought today (a soft limit without a supervisor) just comes back later.
        if (!isAppError(e)) throw e;
      }
    };
    // Refills: most buyers come once or twice a week, the warungs more often.
    for (const b of buyers) {
      const chance = b.category === 'USAHA_MIKRO' ? 0.5 : b.category === 'RUMAH_TANGGA' ? 0.22 : 0.15;
      if (ctx.rng() >= chance) continue;
      const qty = b.category === 'RUMAH_TANGGA' ? 1 : between(ctx.rng, 1, 2);
      sell([{ productId: ctx.products.LPG3!, qtyMilli: qty * 1000, extra: { lpgBuyerId: b.id, emptyReturned: true } }]);
    }
    // SPHP to buyers who show their KTP, so the per-day check applies.
    for (let i = between(ctx.rng, 1, 3); i > 0; i--)
      sell([{ productId: ctx.products.SPHP5!, qtyMilli: between(ctx.rng, 1, 2) * 1000 }], { buyerNik: pick(ctx.rng, buyers).nik });
    // The evening MAP routine: enter each sale in Merchant Apps by hand, record the result here.
    const manajer = ctx.users.manajer;
    let recorded = 0;
    for (const r of logbookRows(core, { from: day.date, to: day.date }, false)) {
      if (!r.counted) continue;
      next();
      const rejected = ctx.rng() < 0.04;
      setMapStatus(core, day.cashier, {
        saleId: r.saleId,
        lineNo: r.lineNo,
        status: rejected ? 'rejected' : 'recorded',
        ref: rejected ? 'NIK tidak valid di MAP' : `MAP${day.date.replace(/-/g, '')}${String(between(ctx.rng, 1000, 9999))}`,
      });
      if (!rejected) recorded++;
    }
    next();
    enterMapCount(core, manajer, day.date, recorded);
    closeDay(core, manajer, day.date);
  });
};
