// Paying: the cart moves into the outbox under its sale id in one IndexedDB transaction, then it is
// sent. A refusal brings the cart back to the counter with the reason; a host that does not answer
// leaves the sale in the outbox (it is sent later and never sold twice).
import { useState, type RefObject } from 'react';
import { approvalFindings } from '../../shared/approvalFindings';
import { useI18n } from '../lib/i18n';
import { sendEntry } from '../lib/outbox';
import { useApi } from '../lib/session';
import { moveCartToOutbox, restoreFromOutbox, type Cart, type PosDb } from '../lib/store';
import { commitInput, type Payment } from './cartOps';
import { sumRupiah } from '../../shared/money';
import { cashDue, type CashRoundingRule } from '../../shared/payments/cashRounding';
import type { Approval } from './ApprovalFields';
import type { SaleDone } from './SaleDoneDialog';

interface PaymentDeps {
  db: PosDb;
  cartRef: RefObject<Cart | null>;
  showCart(next: Cart, select: number): void;
  shiftId: string | null;
  total: number;
  cashRounding: CashRoundingRule;
  refreshLists(): Promise<void>;
  /** The sale is in the outbox and was either recorded (`done.result`) or is waiting for the host. */
  onPaid(done: SaleDone): void;
}

export function usePayment({ db, cartRef, showCart, shiftId, total, cashRounding, refreshLists, onPaid }: PaymentDeps) {
  const api = useApi();
  const { err } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsApproval, setNeedsApproval] = useState(false);

  /** A fresh payment dialog: no error, no approval asked yet. */
  function reset() {
    setError(null);
    setNeedsApproval(false);
  }

  async function pay(payments: Payment[], approval?: Approval) {
    const current = cartRef.current;
    if (!current || busy) return;
    setBusy(true);
    setError(null);
    const input = { ...commitInput(current, payments, shiftId), ...(approval ? { approval } : {}) };
    const cashPaid = sumRupiah(payments.filter((p) => p.method === 'cash').map((p) => p.amount));
    const nonCash = sumRupiah(payments.filter((p) => p.method !== 'cash').map((p) => p.amount));
    // The change the host will give, for a sale that waits in the outbox: the same rounding rule.
    const { due } = cashDue(total, nonCash, cashPaid > 0, cashRounding);
    const expectedChange = Math.max(0, sumRupiah([cashPaid, nonCash, -due]));
    try {
      const { entry, next } = await moveCartToOutbox(db, current, input);
      showCart(next, -1);
      const outcome = await sendEntry(db, api, entry);
      if (outcome.kind === 'rejected') {
        const back = await restoreFromOutbox(db, entry.id, cartRef.current);
        if (back) showCart(back, back.lines.length - 1);
        const e = outcome.error;
        if (e.code === 'APPROVAL_REQUIRED') {
          // Every rule that asked, one per line, then how to go on (issue 15 item 8).
          const asked = approvalFindings(e.params).map((f) => `• ${err(f)}`);
          setNeedsApproval(true);
          setError([...asked, err(e)].join('\n'));
        } else setError(err(e));
        return;
      }
      const result = outcome.kind === 'done' ? outcome.result : null;
      setNeedsApproval(false);
      onPaid({ saleId: entry.id, total, change: result ? result.change : expectedChange, result });
    } catch (e) {
      setError(err(e));
    } finally {
      setBusy(false);
      await refreshLists();
    }
  }

  return { busy, error, needsApproval, reset, pay };
}
