// Issue 15 item 10: the Z report carries the shift's LPG 3 kg tally (tabung sold, empties in, MAP
// pending), on screen (shifts.zReport) and on paper (print.zReport to the virtual printer over a
// real TCP socket). Voids leave the tally; recording a line in MAP takes it out of "pending".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../drivers/virtualPrinter/server';
import type { PrintOutcome } from '../../shared/api/printing';
import type { ZReport } from '../../shared/api/shifts';
import { uuidv7 } from '../../shared/ids';
import { openLpgWorld, SUPERVISOR, type LpgWorld } from '../support/lpgWorld';

let w: LpgWorld;
let vp: VirtualPrinter;
let shiftId: string;

beforeEach(async () => {
  w = await openLpgWorld();
  vp = await startVirtualPrinter({ columns: 32 });
  shiftId = (await w.kasir<{ shiftId: string }>('shifts.open', { openingFloat: 100_000, terminal: 'POS-2' })).shiftId;
});
afterEach(async () => {
  await vp.close();
  w.h.dispose();
});

async function sellLpg(buyerId: string, productId: string, qty: number, emptyReturned: boolean) {
  return w.kasir<{ saleId: string }>('sales.commit', {
    id: uuidv7(w.h.clock.now.getTime()),
    shiftId,
    lines: [{ productId, qtyMilli: qty * 1000, extra: { lpgBuyerId: buyerId, emptyReturned } }],
    payments: [{ method: 'cash', amount: 1_000_000 }],
    approval: SUPERVISOR,
  });
}

describe('Z report: LPG 3 kg tally', () => {
  it('counts tabung sold, empties in and MAP pending for the shift, on screen and on paper', async () => {
    const a = await sellLpg(await w.buyer(1), w.products.refill, 1, true);
    w.at('2026-01-10T03:00:00Z');
    await sellLpg(await w.buyer(2), w.products.baru, 1, false);
    w.at('2026-01-10T04:00:00Z');
    const voided = await sellLpg(await w.buyer(3), w.products.refill, 1, true);
    await w.kasir('sales.void', { saleId: voided.saleId, reason: 'salah pembeli', approval: SUPERVISOR, shiftId });
    await w.kasir('lpg.map.set', { saleId: a.saleId, lineNo: 1, status: 'recorded', ref: 'MAP-77' });

    const z = await w.kasir<ZReport>('shifts.zReport', { shiftId });
    expect(z.lpg).toEqual({ tabungSold: 2, emptiesIn: 1, mapPending: 1, mapRejected: 0 });

    await w.manajer('printer.config.set', { uri: `tcp://127.0.0.1:${vp.port}`, width: 58, model: 'pos-5890' });
    const next = vp.nextJob();
    expect((await w.kasir<PrintOutcome>('print.zReport', { shiftId })).job?.status).toBe('done');
    const lines = (await next).lines.map((l) => l.trim());
    const value = (label: string) =>
      lines
        .find((l) => l.startsWith(label))
        ?.slice(label.length)
        .trim();
    expect(lines).toContain('LPG 3 KG (tabung)');
    expect(value('Terjual')).toBe('2');
    expect(value('Tabung kosong masuk')).toBe('1');
    expect(value('Belum dicatat di MAP')).toBe('1');
  });
});
