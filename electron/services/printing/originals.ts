// One original per sale. The first print of a struk claims the original (a row in sale_prints);
// every later print, through print.sale or print.reprint, is a SALINAN: no drawer kick, and an
// audit entry saying who printed it and through which method. Claim and audit share one
// transaction, so two terminals pressing "print" at once still get one original between them.
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';

export type PrintVia = 'print.sale' | 'print.reprint';

/** True when this call prints the original; false (and audited as receipt.reprint) for a copy. */
export function claimOriginal(core: Core, userId: string, sale: { id: string; receiptNo: string }, via: PrintVia): boolean {
  return inTransaction(core, () => {
    // A reprint asked for first (a cashier pressing "Cetak ulang" at once) also uses up the
    // original: once any struk of the sale left the printer, none after it is unmarked.
    const first =
      core.db.prepare('INSERT OR IGNORE INTO sale_prints (sale_id, printed_at, printed_by) VALUES (?, ?, ?)').run(sale.id, core.now().toISOString(), userId)
        .changes === 1;
    const claimed = first && via === 'print.sale';
    if (!claimed) audit(core, { userId, action: 'receipt.reprint', entity: 'sale', entityId: sale.id, details: { receiptNo: sale.receiptNo, via } });
    return claimed;
  });
}
