// The back office in the demo month: a Bulog delivery (SPHP + Minyakita) with a damaged sack and
// a short line, posted and partly paid; an LPG delivery from the agent with the empties taken
// back; a stock opname with variances near the end; and today a Bulog delivery still waiting to
// be counted, to click through. Everything goes through the real services.
import { balanceOf } from '../stock/stockLedger';
import { countDelivery, createDelivery, payDelivery, postDelivery } from '../deliveries/deliveries';
import { countOpname, startOpname } from '../opname/opname';
import { postOpname } from '../opname/opnamePost';
import { DEMO_PEOPLE } from './outlet';
import type { DemoSeeder } from './context';
import { formatDate } from '../../../shared/i18n/format';

export const backOfficeDemo: DemoSeeder = (_core, ctx) => {
  const p = ctx.products;
  const manajer = ctx.users.manajer.id;
  const [bulogDay, lpgDay, opnameDay] = [ctx.days[2]!, ctx.days[6]!, ctx.days[ctx.days.length - 3]!];
  const today = ctx.days[ctx.days.length - 1]!;
  ctx.onDay((core, day) => {
    if (day.date === bulogDay) {
      ctx.clock.now = ctx.at(day.date, '10:30');
      const d = createDelivery(
        core,
        {
          source: 'BULOG',
          supplier: 'Bulog Kanwil Kaltim-Kaltara',
          docNo: `DO-${day.date.replace(/-/g, '')}-017`,
          klikSphpRef: 'KSPHP-2611-00417',
          deliveryDate: day.date,
          warehouse: 'Gudang Bulog Karang Joang',
          vehicle: 'KT 8471 AB',
          driver: 'Pak Rahmat',
          lines: [
            { productId: p.SPHP5!, expectedMilli: 40_000, unitCost: 56_500 },
            { productId: p.MINYAK1!, expectedMilli: 48_000, unitCost: 14_600 },
          ],
        },
        manajer,
      );
      countDelivery(
        core,
        {
          deliveryId: d.id,
          lines: [
            { lineNo: 1, countedMilli: 40_000, damagedMilli: 1_000, reason: 'Satu sak sobek saat bongkar muat', photoPath: null },
            { lineNo: 2, countedMilli: 46_000, reason: 'Kurang 2 botol dari DO; sopir tanda tangan' },
          ],
        },
        manajer,
      );
      postDelivery(core, d.id, manajer);
      ctx.clock.now = ctx.at(day.date, '11:00');
      payDelivery(core, { deliveryId: d.id, amount: 2_000_000, paidOn: day.date, method: 'transfer', reference: 'TRF-BRI-88120' }, manajer);
    }
    if (day.date === lpgDay) {
      ctx.clock.now = ctx.at(day.date, '08:15');
      const empties = Math.min(balanceOf(core, p['LPG3-KOSONG']!).qtyMilli, 56_000);
      const d = createDelivery(
        core,
        {
          source: 'LPG',
          supplier: 'Pangkalan LPG Sumber Rejeki',
          docNo: `SJ-${day.date.replace(/-/g, '')}-03`,
          deliveryDate: day.date,
          vehicle: 'KT 9120 XY',
          driver: 'Pak Joko',
          lines: [{ productId: p.LPG3!, expectedMilli: 56_000, unitCost: 16_000 }],
          emptiesOutMilli: empties,
        },
        manajer,
      );
      countDelivery(core, { deliveryId: d.id, lines: [{ lineNo: 1, countedMilli: 56_000 }] }, manajer);
      postDelivery(core, d.id, manajer);
    }
    if (day.date === opnameDay) {
      ctx.clock.now = ctx.at(day.date, '20:30');
      const o = startOpname(core, { title: `Opname rak sembako ${formatDate(day.date, 'UTC')}`, productIds: [p.GULA1!, p.TEPUNG1!, p.MINYAK1!] }, manajer);
      for (const line of o.lines) {
        // Gula two short (a torn bag thrown away), tepung one over, minyak exact.
        const delta = line.sku === 'GULA1' ? -2_000 : line.sku === 'TEPUNG1' ? 1_000 : 0;
        countOpname(core, { opnameId: o.id, productId: line.productId, qtyMilli: Math.max((line.systemMilli ?? 0) + delta, 0), mode: 'set' }, manajer);
      }
      ctx.clock.now = ctx.at(day.date, '21:00');
      postOpname(core, { opnameId: o.id, approval: { username: DEMO_PEOPLE.manajer.username, pin: DEMO_PEOPLE.manajer.pin } }, manajer);
    }
    if (day.date === today) {
      ctx.clock.now = ctx.at(day.date, '09:00');
      createDelivery(
        core,
        {
          source: 'BULOG',
          supplier: 'Bulog Kanwil Kaltim-Kaltara',
          docNo: `DO-${day.date.replace(/-/g, '')}-021`,
          klikSphpRef: 'KSPHP-2611-00533',
          deliveryDate: day.date,
          warehouse: 'Gudang Bulog Karang Joang',
          vehicle: 'KT 8471 AB',
          driver: 'Pak Rahmat',
          lines: [{ productId: p.SPHP5!, expectedMilli: 20_000, unitCost: 56_500 }],
        },
        manajer,
      );
    }
  });
};
