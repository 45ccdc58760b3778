// The one dialog the counter shows at a time, wired to the cart. Closing any of them returns focus
// to the scan field.
import type { CatalogItem } from '../../shared/api/catalog';
import type { ShiftInfo } from '../../shared/api/shifts';
import { useI18n } from '../lib/i18n';
import type { Cart, OutboxEntry } from '../lib/store';
import { cartTotal, type Payment } from './cartOps';
import type { CashRoundingRule } from '../../shared/payments/cashRounding';
import { CloseShiftDialog } from './CloseShiftDialog';
import { DrawerDialog } from './DrawerDialog';
import { HeldDialog } from './HeldDialog';
import { KasDialog } from './KasDialog';
import { HoldDialog } from './HoldDialog';
import { LpgDialog, type LpgPick } from './LpgDialog';
import { CATEGORY_NAMES } from './lpgView';
import { MemberDialog } from './MemberDialog';
import { PaymentDialog } from './PaymentDialog';
import type { Approval } from './ApprovalFields';
import type { ModalState, Notice } from './posModal';
import { QtyDialog } from './QtyDialog';
import { ReversalDialog } from './ReversalDialog';
import { SaleDoneDialog } from './SaleDoneDialog';
import { SearchDialog } from './SearchDialog';
import type { useCartEdits } from './useCartEdits';
import { WaitingDialog } from './WaitingDialog';

interface DialogProps {
  modal: ModalState | null;
  cart: Cart;
  shift: ShiftInfo;
  held: Cart[];
  waiting: OutboxEntry[];
  lastReceiptNo: string | null;
  /** Cash above this needs confirmation in the payment dialog (setting pos.tender_max). */
  tenderMax: number | null;
  /** Pembulatan in force and the outlet's static QRIS (pos.info). */
  cashRounding: CashRoundingRule;
  qrisPayload: string | null;
  /** A barcode read inside the payment or done dialog: it goes to the cart. */
  onScanned(code: string): void;
  payment: { busy: boolean; error: string | null; needsApproval: boolean; pay(payments: Payment[], approval?: Approval): Promise<void> };
  edits: ReturnType<typeof useCartEdits>;
  searchCatalog(query: string): Promise<CatalogItem[]>;
  setModal(next: ModalState | null): void;
  setNotice(notice: Notice): void;
  closeModal(): void;
  focusScan(): void;
  onShiftClosed(): void;
  retryOutbox(): Promise<{ sent: number; waiting: number }>;
  restoreSale(saleId: string): Promise<void>;
}

export function PosDialogs(props: DialogProps) {
  const { t, lang } = useI18n();
  const { modal, cart, edits, closeModal, setModal } = props;
  if (!modal) return null;
  const catName = (c: keyof typeof CATEGORY_NAMES) => CATEGORY_NAMES[c][lang === 'id' ? 0 : 1];
  const inCartFor = (buyerId: string) => cart.lines.filter((l) => l.extra?.lpgBuyerId === buyerId).reduce((n, l) => n + l.qtyMilli / 1000, 0);
  const done = (message: string) => {
    props.setNotice({ kind: 'ok', text: message });
    closeModal();
  };

  switch (modal.kind) {
    case 'search':
      return (
        <SearchDialog
          initial={modal.query}
          search={props.searchCatalog}
          onPick={(item) => {
            setModal(null);
            edits.addItem(item, null);
            props.focusScan();
          }}
          onClose={closeModal}
        />
      );
    case 'qty': {
      const line = cart.lines[modal.index];
      if (!line) return null;
      const onDone = (q: number) => {
        edits.changeQty(modal.index, q);
        closeModal();
      };
      return <QtyDialog name={line.name} soldBy={line.soldBy} unitPrice={line.unitPrice} current={line.qtyMilli} onDone={onDone} onClose={closeModal} />;
    }
    case 'weigh': {
      const onDone = (q: number) => {
        edits.putLine(modal.item, q);
        closeModal();
      };
      return <QtyDialog name={modal.item.name} soldBy="weight" unitPrice={modal.item.price ?? 0} current={null} onDone={onDone} onClose={closeModal} />;
    }
    case 'member':
      return (
        <MemberDialog
          current={cart.member}
          onPick={(m) => {
            edits.attachMember(m);
            closeModal();
          }}
          onClose={closeModal}
        />
      );
    case 'lpg': {
      const onAdd = (pick: LpgPick) => {
        const note = `NIK ${pick.buyer.nikMasked} · ${catName(pick.buyer.category)} · ${pick.emptyReturned ? t('tabung kosong kembali', 'empty returned') : t('tanpa tabung kosong', 'no empty returned')}`;
        edits.putLine(modal.item, 1000, { lpgBuyerId: pick.buyer.id, emptyReturned: pick.emptyReturned }, note);
        closeModal();
      };
      return <LpgDialog item={modal.item} alreadyInCart={inCartFor} onAdd={onAdd} onClose={closeModal} />;
    }
    case 'pay': {
      const { busy, error, needsApproval, pay } = props.payment;
      return (
        <PaymentDialog
          total={cartTotal(cart)}
          tenderMax={props.tenderMax}
          cashRounding={props.cashRounding}
          qrisPayload={props.qrisPayload}
          busy={busy}
          error={error}
          needsApproval={needsApproval}
          onScanned={props.onScanned}
          onPay={(p, a) => void pay(p, a)}
          onClose={closeModal}
        />
      );
    }
    case 'done':
      return <SaleDoneDialog done={modal.done} onScanned={props.onScanned} onClose={closeModal} />;
    case 'hold':
      return (
        <HoldDialog
          suggestion={cart.member?.name ?? ''}
          onHold={(label) => {
            setModal(null);
            void edits.hold(label).then(props.focusScan);
          }}
          onClose={closeModal}
        />
      );
    case 'held':
      return <HeldDialog carts={props.held} onRecall={(id) => void edits.recall(id).then(props.focusScan)} onClose={closeModal} />;
    case 'reversal':
      return <ReversalDialog kind={modal.reversal} lastReceiptNo={props.lastReceiptNo} shiftId={props.shift.shiftId} onDone={done} onClose={closeModal} />;
    case 'close':
      return <CloseShiftDialog shift={props.shift} onClosed={props.onShiftClosed} onClose={closeModal} />;
    case 'drawer':
      return <DrawerDialog onDone={done} onClose={closeModal} />;
    case 'kas':
      return <KasDialog shiftId={props.shift.shiftId} onDone={done} onClose={closeModal} />;
    case 'waiting':
      return <WaitingDialog entries={props.waiting} onRetry={props.retryOutbox} onRestore={props.restoreSale} onClose={closeModal} />;
  }
}
