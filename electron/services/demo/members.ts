// Demo members: forty neighbours of the gerai who joined during the year, with simpanan pokok,
// monthly wajib (a few fall behind), some sukarela, and member purchases in every month of the
// year so far: the months before the demo month as a market day twice a month, the demo month
// itself through the day's open shift. Everything goes through the real services, so the SHU of
// the year can be computed, approved and exported from the demo database.
import { ACCOUNTS } from '../../../shared/books/posting';
import { postStockPurchase } from '../books/postings';
import { isAppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { lineTotal } from '../../../shared/money';
import { inTransaction } from '../core';
import { createMember } from '../members/members';
import { commitSale } from '../sales/sales';
import { putSetting } from '../settings/settings';
import { closeShift, openShift, zReport } from '../shifts/shifts';
import { deposit, withdraw } from '../members/simpanan';
import { postMove } from '../stock/stockLedger';
import { DEMO_PRODUCTS } from './catalog';
import type { DemoContext, DemoSeeder } from './context';
import { between, pick } from './prng';
import { countOut } from './drawerCount';

const NAMES = [
  'Siti Aminah',
  'Rahmat Hidayat',
  'Dewi Lestari',
  'Andi Saputra',
  'Nur Aisyah',
  'Muhammad Rizki',
  'Sri Wahyuni',
  'Agus Salim',
  'Fitri Handayani',
  'Yohanes Pasaribu',
  'Ratna Sari',
  'Hasanuddin',
  'Wulan Dari',
  'Bambang Sutrisno',
  'Maria Ulfa',
  'Daeng Mappasessu',
  'Rosmiati',
  'Herman Tandi',
  'Lina Marlina',
  'Syamsul Bahri',
  'Kartini Rante',
  'Joko Widodo Saputro',
  'Nurhayati',
  'Abdul Karim',
  'Eka Purnamasari',
  'La Ode Rusdin',
  'Yuliana Lambe',
  'Slamet Riyadi',
  'Hairani',
  'Fransiskus Tanod',
  'Megawati Putri',
  'Arif Budiman',
  'Suriani',
  'Ahmad Fauzi',
  'Rina Anggraini',
  'Paulus Sembiring',
  'Nengsih',
  'Iwan Setiawan',
  'Hj. Masnah',
  'Darmawan',
];

/** Goods a member buys at the gerai: the everyday shelf (subsidised goods have their own rules and seeders). */
const BASKET_SKUS = ['GULA1', 'TEPUNG1', 'TELUR', 'MIE-GRG', 'AIR600', 'TEH25', 'KECAP', 'GARAM', 'SABUN', 'AMPLANG', 'KOPI-BPN', 'KERIPIK'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A Balikpapan NIK (64 71, kecamatan 05) that passes checkNik: women add 40 to the birth day. */
function demoNik(rng: () => number, i: number): string {
  const female = i % 2 === 0;
  const day = between(rng, 1, 28) + (female ? 40 : 0);
  return `647105${pad(day)}${pad(between(rng, 1, 12))}${pad(between(rng, 60, 99))}${pad(i + 1, 4)}`;
}

interface PlannedSale {
  date: string;
  at: Date;
  memberIndex: number;
  lines: { productId: string; qtyMilli: number }[];
  total: number;
}

function basket(ctx: DemoContext): { lines: { productId: string; qtyMilli: number }[]; total: number } {
  const lines = new Map<string, number>();
  let total = 0;
  for (let n = between(ctx.rng, 1, 3); n > 0; n--) {
    const sku = pick(ctx.rng, BASKET_SKUS);
    const p = DEMO_PRODUCTS.find((x) => x.sku === sku)!;
    const [min, max, step] = p.qty;
    const id = ctx.products[p.sku]!;
    if (lines.has(id)) continue;
    const qty = between(ctx.rng, min / step, max / step) * step;
    lines.set(id, qty);
    total += lineTotal(p.price!.amount, qty);
  }
  return { lines: [...lines].map(([productId, qtyMilli]) => ({ productId, qtyMilli })), total };
}

export const seedMembersDemo: DemoSeeder = (core, ctx) => {
  const firstDay = ctx.days[0]!;
  const year = Number(firstDay.slice(0, 4));
  // Whole months of the year before the demo month: they get market days; the demo month runs live.
  const monthsBefore = Number(firstDay.slice(5, 7)) - 1;
  // Gunung Samarinda Baru has about 1,200 households; the target is 10 % of them.
  putSetting(core, 'members.kelurahan_kk_count', '2000-01-01', 1200, null);

  // Forty members: most at the founding meeting in early January, the rest through the year.
  const members = NAMES.map((name, i) => {
    if (monthsBefore === 0) return { name, i, joinDate: firstDay };
    const month = i < 24 ? 1 : between(ctx.rng, 1, monthsBefore);
    return { name, i, joinDate: `${year}-${pad(month)}-${pad(month === 1 ? between(ctx.rng, 2, 15) : between(ctx.rng, 1, 25))}` };
  }).sort((a, b) => (a.joinDate < b.joinDate ? -1 : a.joinDate > b.joinDate ? 1 : a.i - b.i));
  const ids: string[] = [];
  // Seeding writes in larger transactions than the counter does (one per block of the year, one
  // per market day); every call inside still runs its own checks and postings as a savepoint.
  inTransaction(core, () => {
    for (const m of members) {
      ctx.clock.now = ctx.at(m.joinDate, '09:00');
      // Husband and wife share a KK, as families do.
      const member = createMember(
        core,
        {
          name: m.name,
          nik: demoNik(ctx.rng, m.i),
          kkNo: `64710501${pad(100 + Math.floor(m.i / 2), 8)}`,
          address: `Jl. Soekarno-Hatta Km 5 Gg. ${between(ctx.rng, 1, 12)}`,
          rt: pad(between(ctx.rng, 1, 40), 3),
          rw: pad(between(ctx.rng, 1, 9), 3),
          kelurahan: 'Gunung Samarinda Baru',
          phone: `08${between(ctx.rng, 11, 13)}${between(ctx.rng, 10_000_000, 99_999_999)}`,
          joinDate: m.joinDate,
        },
        ctx.users.manajer.id,
      );
      deposit(core, { memberId: member.id, kind: 'pokok', method: 'cash', note: 'pendaftaran' }, ctx.users.manajer.id);
      deposit(core, { memberId: member.id, kind: 'wajib', method: 'cash' }, ctx.users.manajer.id);
      ids.push(member.id);
    }
  });

  // Wajib on the 5th of each month after joining; every seventh member stops paying three months
  // before the demo month (arrears to show); some save sukarela too.
  for (let month = 2; month <= monthsBefore; month++) {
    const date = `${year}-${pad(month)}-05`;
    inTransaction(core, () =>
      members.forEach((m, k) => {
        if (m.joinDate.slice(0, 7) >= date.slice(0, 7)) return;
        if (k % 7 === 3 && month > monthsBefore - 3) return;
        ctx.clock.now = ctx.at(date, `${pad(9 + (k % 8))}:${pad((k * 7) % 60)}`);
        deposit(core, { memberId: ids[k]!, kind: 'wajib', method: k % 4 === 0 ? 'transfer' : 'cash' }, ctx.users.manajer.id);
        if (k % 5 === 1) deposit(core, { memberId: ids[k]!, kind: 'sukarela', amount: between(ctx.rng, 2, 20) * 25_000, method: 'cash' }, ctx.users.manajer.id);
      }),
    );
  }
  if (monthsBefore >= 4) {
    ctx.clock.now = ctx.at(`${year}-04-20`, '10:00');
    withdraw(core, { memberId: ids[1]!, kind: 'sukarela', amount: 25_000, method: 'cash', note: 'keperluan Lebaran' }, ctx.users.manajer.id);
  }

  // Member purchases before the demo month: a market day on the 10th and the 22nd.
  const plan: PlannedSale[] = [];
  for (let month = 1; month <= monthsBefore; month++) {
    for (const day of [10, 22]) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      members.forEach((m, k) => {
        if (m.joinDate > date || ctx.rng() < 0.4) return;
        plan.push({ date, at: ctx.at(date, `${pad(8 + Math.floor(k / 5))}:${pad((k * 11) % 60)}`), memberIndex: k, ...basket(ctx) });
      });
    }
  }
  if (plan.length > 0) {
    // The goods for those months arrived on the first working day of the year.
    const need = new Map<string, number>();
    for (const s of plan) for (const l of s.lines) need.set(l.productId, (need.get(l.productId) ?? 0) + l.qtyMilli);
    ctx.clock.now = ctx.at(`${year}-01-02`, '07:00');
    inTransaction(core, () => {
      for (const [productId, qtyMilli] of need) {
        const p = DEMO_PRODUCTS.find((x) => ctx.products[x.sku] === productId)!;
        postMove(core, {
          productId,
          qtyMilli,
          kind: 'receipt',
          docType: 'demo',
          docId: `stok-${year}`,
          unitCost: p.cost,
          userId: ctx.users.manajer.id,
          note: 'Stok awal tahun (demo anggota)',
        });
      }
      postStockPurchase(core, 'demo', `stok-${year}`, `Stok awal tahun ${year} (demo, transfer)`, ACCOUNTS.bank, ctx.users.manajer.id);
    });
    const cashier = ctx.users.kasir;
    for (const date of [...new Set(plan.map((s) => s.date))])
      inTransaction(core, () => {
        ctx.clock.now = ctx.at(date, '07:45');
        const shiftId = openShift(core, cashier, { openingFloat: 200_000, terminal: 'POS-1' }).shiftId;
        for (const s of plan.filter((x) => x.date === date)) {
          ctx.clock.now = s.at;
          commitSale(core, cashier, {
            id: uuidv7(s.at.getTime()),
            shiftId,
            memberId: ids[s.memberIndex]!,
            lines: s.lines,
            payments: [{ method: 'cash', amount: s.total }],
          });
        }
        ctx.clock.now = ctx.at(date, '17:00');
        closeShift(core, cashier, { shiftId, denominations: countOut(core, zReport(core, shiftId).cash.expected) });
      });
  }

  // In the demo month: a few members shop each day in the open shift, and wajib comes in on the 5th.
  ctx.onDay((c, day) => {
    if (day.isToday) return;
    for (let n = between(ctx.rng, 2, 5); n > 0; n--) {
      const k = between(ctx.rng, 0, ids.length - 1);
      if (members[k]!.joinDate > day.date) continue;
      const b = basket(ctx);
      ctx.clock.now = new Date(ctx.clock.now.getTime() + 60_000);
      try {
        commitSale(c, day.cashier, {
          id: uuidv7(ctx.clock.now.getTime()),
          shiftId: day.shiftId,
          memberId: ids[k]!,
          lines: b.lines,
          payments: [{ method: 'cash', amount: b.total }],
        });
      } catch (e) {
        // The shelf may run out of something late in the month: that customer buys nothing.
        if (!isAppError(e)) throw e;
      }
    }
    if (day.date.endsWith('-05')) {
      ids.forEach((id, k) => {
        if (k % 7 === 3 || members[k]!.joinDate.slice(0, 7) >= day.date.slice(0, 7)) return;
        deposit(c, { memberId: id, kind: 'wajib', method: 'cash' }, ctx.users.manajer.id);
      });
    }
  });
};
