// Issue 15 item 8: a sale that trips two soft rules asks the supervisor once and names both, each
// with its own facts in words (the counter shows one line per finding).
import { afterEach, describe, expect, it } from 'vitest';
import { approvalFindings } from '../../shared/approvalFindings';
import { errorText } from '../../shared/i18n/errorMessages';
import { uuidv7 } from '../../shared/ids';
import { openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { errorOf } from '../support/tempHost';

let w: LpgWorld;
afterEach(() => w?.h.dispose());

describe('supervisor approval names every finding', () => {
  it('a refill without an empty and gula above its HAP: both in one refusal, each with its facts', async () => {
    w = await openLpgWorld();
    const buyerId = await w.buyer(1);
    w.h.core.db.prepare("INSERT INTO prices (product_id, valid_from, price, set_at) VALUES (?, '2026-01-10', 18000, 'x')").run(w.products.gula);
    const refusal = await errorOf(
      w.kasir('sales.commit', {
        id: uuidv7(w.h.clock.now.getTime()),
        lines: [
          { productId: w.products.refill, qtyMilli: 1000, extra: { lpgBuyerId: buyerId, emptyReturned: false } },
          { productId: w.products.gula, qtyMilli: 1000 },
        ],
        payments: [{ method: 'cash', amount: 100_000 }],
      }),
    );
    expect(refusal.code).toBe('APPROVAL_REQUIRED');
    const findings = approvalFindings(refusal.params as Parameters<typeof approvalFindings>[0]);
    expect(findings.map((f) => f.code).sort()).toEqual(['LPG_NO_EMPTY_RETURNED', 'PRICE_ABOVE_HAP']);
    const hap = findings.find((f) => f.code === 'PRICE_ABOVE_HAP')!;
    expect(hap.params).toEqual({ sku: 'GULA-1', name: 'Gula pasir 1 kg', price: 18_000, hap: 17_500 });
    const lpg = findings.find((f) => f.code === 'LPG_NO_EMPTY_RETURNED')!;
    expect(lpg.params).toEqual({ sku: 'LPG3-ISI', qty: 1 });
    for (const f of findings) expect(errorText(f.code, f.params, 'id')).not.toMatch(/Terjadi kesalahan|\{/);
  });
});
