// The Z report's anchor (issue 16, item 8): the journal head and the day's receipt count printed
// on the Z report (real ESC/POS bytes to the virtual printer over TCP) and typed back into
// `kkmp verify --anchor` tell a cut-off tail that the file alone no longer shows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { kkmp } from '../support/cli';
import { cutLastSale } from '../support/cutLastSale';
import { uuidv7 } from '../../shared/ids';
import { startVirtualPrinter, type VirtualPrinter } from '../../drivers/virtualPrinter/server';
import type { ShiftInfo, ZReport } from '../../shared/api/shifts';
import type { PrintOutcome } from '../../shared/api/printing';

let h: TempHost;
let vp: VirtualPrinter;
let shop: ReturnType<typeof setupShop>;
let kasir: Caller;
let shiftId: string;

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  vp = await startVirtualPrinter({ columns: 32 });
  const manajer = await h.as('hendra', PINS.manajer);
  await manajer('printer.config.set', { uri: `tcp://127.0.0.1:${vp.port}`, width: 58, model: 'pos-5890' });
  kasir = await h.as('sari', PINS.kasir);
  shiftId = (await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 })).shiftId;
  for (let i = 0; i < 3; i++) {
    await kasir('sales.commit', {
      id: uuidv7(),
      shiftId,
      lines: [{ productId: shop.products.gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 20_000 }],
    });
  }
  await kasir('shifts.close', { shiftId, denominations: { '100000': 1, '50000': 1, '1000': 1 } });
});
afterEach(async () => {
  await vp.close();
  h.dispose();
});

/** The anchor as a person reads it off the paper: the lines between its heading and the count. */
async function printedAnchor(): Promise<{ code: string; count: string }> {
  const next = vp.nextJob();
  expect((await kasir<PrintOutcome>('print.zReport', { shiftId })).job?.status).toBe('done');
  const lines = (await next).lines.map((l) => l.trim());
  const from = lines.indexOf('Jangkar jurnal (kkmp verify):');
  const countLine = lines.findIndex((l) => l.startsWith('Struk hari ini'));
  expect(from).toBeGreaterThan(0);
  expect(countLine).toBeGreaterThan(from + 1);
  return { code: lines.slice(from + 1, countLine).join(' '), count: lines[countLine]!.replace('Struk hari ini', '').trim() };
}

describe('the anchor on the Z report (virtual printer over TCP, real SQLite file)', () => {
  it('prints the journal head and the day of receipts; the screen shows the same line', async () => {
    const paper = await printedAnchor();
    const screen = await kasir<ZReport>('shifts.zReport', { shiftId });
    expect(paper.count).toBe('3');
    expect(paper.code).toBe(screen.anchor.code);
    expect(screen.anchor).toMatchObject({ outletCode: 'GI', businessDate: '2026-11-20', receiptCount: 3 });
    expect(paper.code).toMatch(/^\d+:[0-9a-f]{16} GI\/2026-11-20\/3$/);
    // The file as it is verifies clean against what was printed.
    h.close();
    expect(await kkmp('verify', '--db', h.dbFile, '--anchor', paper.code)).toMatchObject({ code: 0 });
  });

  it("deleting the day's last sale after the Z was printed: verify with the typed-in anchor names it", async () => {
    const paper = await printedAnchor();
    h.close();
    const db = new Database(h.dbFile);
    const last = db.prepare('SELECT id FROM sales ORDER BY receipt_no DESC LIMIT 1').get() as { id: string };
    cutLastSale(db, last, shop.products.gula, 1000);
    // ...and the shift put back as it was before its close, which the journal no longer holds
    db.prepare('UPDATE shifts SET closed_at = NULL, closed_by = NULL, counted_cash = NULL, expected_cash = NULL, denominations = NULL').run();
    db.close();
    // The file alone is consistent again; the paper is not.
    expect(await kkmp('verify', '--db', h.dbFile)).toMatchObject({ code: 0 });
    // typed by hand: upper case, the line break of the paper as extra spaces
    const typed = `  ${paper.code.toUpperCase().replace(' ', '   ')} `;
    const r = await kkmp('verify', '--db', h.dbFile, '--anchor', typed);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[journal_chain\] journal ends at entry \d+, but an outside record .* shows entry \d+: the tail was cut off/);
    expect(r.err).toContain('[receipt_numbers] GI 2026-11-20: 2 sales, but an outside record (Z report / backup manifest) counted 3');
  });

  it('a mistyped anchor is refused in words, not taken for a file name crash', async () => {
    h.close();
    const r = await kkmp('verify', '--db', h.dbFile, '--anchor', '12:abc GI/2026-11-20/3');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/jangkar|anchor/i);
  });
});
