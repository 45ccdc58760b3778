// The demo's buku kas (issue 18 item 8): on the first day the manager fills kas kecil from the
// brankas, pays the month's electricity and the honor from it, and at the counter the kasir now
// and then pays a courier or buys plastic bags out of the drawer, or takes in a little for
// cardboard sold, so every statement shows beban and petty cash. Once a week the manager takes the
// brankas's cash above a reserve and pays it into the bank (setoran), as a koperasi does rather
// than keep a month's takings in a safe. Its own random stream keeps the rest of the demo (sales,
// LPG, members) exactly as it was.
import { uuidv7 } from '../../../shared/ids';
import { ACCOUNTS } from '../../../shared/books/posting';
import { Dec } from '../../../shared/money';
import { recordCashEntry, type CashEntryInput } from '../books/bukuKas';
import { balances, BEGINNING } from '../books/ledger';
import type { SessionUser } from '../auth/auth';
import type { Core } from '../core';
import type { DemoSeeder } from './context';
import { between, pick, seededRandom } from './prng';

const COUNTER_OUT: [code: string, note: string, min: number, max: number][] = [
  ['6104', 'Ongkos angkut galon dan gas', 15, 40],
  ['6109', 'Beli kantong plastik', 20, 45],
  ['6104', 'Bensin motor antar pesanan', 10, 25],
];

/** Cash the brankas keeps after a setoran: the drawers' floats and a few days of kas kecil. */
const BRANKAS_RESERVE = 5_000_000;

export const bukuKasDemo: DemoSeeder = (_core, ctx) => {
  const rng = seededRandom(18_02);
  const record = (core: Core, user: SessionUser, e: Omit<CashEntryInput, 'id'>) => recordCashEntry(core, user, { id: uuidv7(core.now().getTime()), ...e });
  ctx.onDay((core, day) => {
    const index = ctx.days.indexOf(day.date);
    if (index === 0) {
      record(core, ctx.users.manajer, { direction: 'in', place: 'office', accountCode: '1101', amount: 3_000_000, note: 'Isi kas kecil dari brankas' });
      record(core, ctx.users.manajer, { direction: 'out', place: 'office', accountCode: '6103', amount: 750_000, note: 'Sewa tempat gerai bulan ini' });
    }
    if (index === 4)
      record(core, ctx.users.manajer, { direction: 'out', place: 'office', accountCode: '6101', amount: 385_000, note: 'Token listrik dan air PDAM' });
    if (index === ctx.days.length - 5)
      record(core, ctx.users.manajer, { direction: 'out', place: 'office', accountCode: '6102', amount: 1_200_000, note: 'Honor penjaga gerai' });
    if (index % 7 === 6 && !day.isToday) {
      const brankas = balances(core, BEGINNING, day.date).find((b) => b.code === ACCOUNTS.kasBesar)!.balance;
      const amount = new Dec(brankas).minus(BRANKAS_RESERVE).div(100_000).floor().mul(100_000).toNumber();
      if (amount > 0) {
        record(core, ctx.users.manajer, { direction: 'in', place: 'office', accountCode: ACCOUNTS.kasBesar, amount, note: 'Ambil dari brankas untuk setoran' });
        record(core, ctx.users.manajer, { direction: 'out', place: 'office', accountCode: ACCOUNTS.bank, amount, note: 'Setoran tunai ke bank' });
      }
    }
    if (rng() < 0.35) {
      const [accountCode, note, min, max] = pick(rng, COUNTER_OUT);
      record(core, day.cashier, {
        direction: 'out',
        place: 'counter',
        shiftId: day.shiftId,
        accountCode,
        amount: between(rng, min, max) * 1000,
        note,
      });
    }
    if (rng() < 0.1)
      record(core, day.cashier, {
        direction: 'in',
        place: 'counter',
        shiftId: day.shiftId,
        accountCode: '4202',
        amount: between(rng, 5, 15) * 1000,
        note: 'Jual kardus bekas',
      });
  });
};
