// F10: payment. Cash with quick amounts and the change shown large; QRIS (its dynamic QR) and
// transfer with their reference; several payments for one sale (split). The cash part is rounded
// by the outlet's pembulatan (setting pos.cash_rounding) and the dialog shows by how much. Enter
// finishes when enough is paid. Cash above the outlet's bound (pos.tender_max) is taken only after
// the kasir confirms that amount.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { parseRupiah, sumRupiah } from '../../shared/money';
import { cashDue, type CashRoundingRule } from '../../shared/payments/cashRounding';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { rupiah } from '../lib/format';
import type { Payment } from './cartOps';
import { NonCashForm } from './NonCashForm';
import { ApprovalFields, NO_APPROVAL, type Approval } from './ApprovalFields';
import { isProductBarcode } from './SignerFields';
import { DialogActions } from './DialogActions';
import { FormError } from '../lib/FormError';
import { PAY_METHOD_LABELS } from '../../shared/i18n/labels';

/** `needsApproval`: the core asked for a supervisor (a soft rule finding); the PIN fields appear. */
export function PaymentDialog(props: {
  total: number;
  tenderMax: number | null;
  cashRounding: CashRoundingRule;
  qrisPayload: string | null;
  busy: boolean;
  error: string | null;
  needsApproval: boolean;
  onScanned(code: string): void;
  onPay(payments: Payment[], approval?: Approval): void;
  onClose(): void;
}) {
  const { t, label } = useI18n();
  const [cashText, setCashText] = useState('');
  const [nonCash, setNonCash] = useState<Payment[]>([]);
  const [other, setOther] = useState<'qris' | 'transfer' | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const cashRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [approval, setApproval] = useState<Approval>(NO_APPROVAL);
  /** The large cash amount the kasir confirmed (a changed amount asks again). */
  const [confirmedCash, setConfirmedCash] = useState<number | null>(null);

  // When the core asks for a supervisor, the prompt takes the focus: the kasir turns the screen and
  // the supervisor types at once (issue 15 item 8).
  useEffect(() => {
    if (props.needsApproval) document.querySelector<HTMLInputElement>('.modal-box .approval input')?.focus();
  }, [props.needsApproval]);

  const nonCashTotal = sumRupiah(nonCash.map((p) => p.amount));
  // What is left after QRIS/transfer is paid in cash, rounded (shared/payments/cashRounding.ts).
  const { rounding, due } = cashDue(props.total, nonCashTotal, true, props.cashRounding);
  const dueInCash = Math.max(0, due - nonCashTotal);
  const cash = cashText.trim() === '' ? 0 : parseRupiah(cashText);
  const paid = nonCashTotal + (cash ?? 0);
  const short = Math.max(0, due - paid);
  const change = cash !== null && cash > dueInCash ? cash - dueInCash : 0;
  const tooLarge = cash !== null && props.tenderMax !== null && cash > props.tenderMax;

  function setCash(amount: number) {
    setCashText(String(amount));
    setLocalError(null);
    cashRef.current?.focus();
  }

  function finish() {
    // A product code that reached the cash field slower than the wedge detector expects (a loaded
    // machine) is a barcode, never rupiah; one in the supervisor's fields is SignerFields' own.
    const typed = cashText.trim();
    if (isProductBarcode(typed)) return props.onScanned(typed);
    if (cash === null)
      return setLocalError(t('Jumlah tunai tidak valid. Ketik angka rupiah, misalnya 50000.', 'Invalid cash amount. Type whole rupiah, e.g. 50000.'));
    if (short > 0) return setLocalError(t(`Masih kurang ${rupiah(short)}.`, `Still ${rupiah(short)} short.`));
    const payments: Payment[] = [...nonCash];
    if (cash > 0) payments.push({ method: 'cash', amount: cash });
    if (payments.length === 0) return setLocalError(t('Belum ada pembayaran.', 'No payment yet.'));
    // Enter alone never takes a large amount: it moves to the confirmation box.
    if (tooLarge && confirmedCash !== cash) return confirmRef.current?.focus();
    if (props.needsApproval && (!approval.username.trim() || !approval.pin))
      return setLocalError(t('Isi nama pengguna dan PIN supervisor.', "Fill in the supervisor's user name and PIN."));
    if (props.needsApproval && !/^\d{4,8}$/.test(approval.pin))
      return setLocalError(t('PIN supervisor terdiri dari 4 sampai 8 angka.', "The supervisor's PIN has 4 to 8 digits."));
    props.onPay(payments, props.needsApproval ? { username: approval.username.trim(), pin: approval.pin } : undefined);
  }

  function addOther(payment: Payment) {
    setNonCash([...nonCash, payment]);
    setOther(null);
    setLocalError(null);
    setTimeout(() => cashRef.current?.focus(), 0);
  }

  function startOther(method: 'qris' | 'transfer') {
    setLocalError(null);
    setOther(method);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const keys: Record<string, () => void> = {
      F2: () => setCash(dueInCash),
      F3: () => setCash(50_000),
      F4: () => setCash(100_000),
      F6: () => startOther('qris'),
      F7: () => startOther('transfer'),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  const methodName = (m: Payment['method']) => label(PAY_METHOD_LABELS, m);
  const error = localError ?? props.error;

  return (
    <Modal title={t('Pembayaran', 'Payment')} onClose={props.onClose} wide onKeyDown={onKeyDown} focusKey={other ? 'other' : 'cash'}>
      <div className="pay-grid">
        <div>
          <p className="pay-total" aria-label={t('Total belanja', 'Total')}>
            <span>{t('Total', 'Total')}</span> {rupiah(props.total)}
          </p>
          {nonCash.length > 0 && (
            <ul className="pay-list" aria-label={t('Pembayaran non-tunai', 'Non-cash payments')}>
              {nonCash.map((p, i) => (
                <li key={i}>
                  {methodName(p.method)} {rupiah(p.amount)} · ref {p.reference}{' '}
                  <button
                    type="button"
                    className="small"
                    onClick={() => setNonCash(nonCash.filter((_, j) => j !== i))}
                    aria-label={t(`Hapus pembayaran ${methodName(p.method)}`, `Remove ${methodName(p.method)} payment`)}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          {rounding !== 0 && (
            <p className="pay-rounding" aria-label={t('Pembulatan', 'Rounding')}>
              <span>{t('Pembulatan', 'Rounding')}</span> {rupiah(rounding)} · {t('bayar tunai', 'pay in cash')} <strong>{rupiah(dueInCash)}</strong>
            </p>
          )}
          {other ? (
            <NonCashForm
              method={other}
              initialAmount={Math.max(0, props.total - nonCashTotal)}
              qrisPayload={props.qrisPayload}
              onAdd={addOther}
              onScanned={props.onScanned}
              onCancel={() => setOther(null)}
              onError={setLocalError}
            />
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                finish();
              }}
            >
              <label>
                {t('Uang tunai diterima', 'Cash received')}
                <input
                  ref={cashRef}
                  data-autofocus
                  inputMode="numeric"
                  autoComplete="off"
                  value={cashText}
                  onChange={(e) => {
                    setCashText(e.target.value);
                    setLocalError(null);
                  }}
                  className="amount-input big-input"
                  placeholder={String(dueInCash)}
                />
              </label>
              <div className="quick">
                <button type="button" onClick={() => setCash(dueInCash)}>
                  <kbd>F2</kbd>
                  {t('Uang pas', 'Exact')}
                </button>
                <button type="button" onClick={() => setCash(50_000)}>
                  <kbd>F3</kbd>Rp50.000
                </button>
                <button type="button" onClick={() => setCash(100_000)}>
                  <kbd>F4</kbd>Rp100.000
                </button>
                <button type="button" onClick={() => startOther('qris')}>
                  <kbd>F6</kbd>QRIS
                </button>
                <button type="button" onClick={() => startOther('transfer')}>
                  <kbd>F7</kbd>Transfer
                </button>
              </div>
              {tooLarge && cash !== null && props.tenderMax !== null && (
                <div role="alert" className="warning">
                  <p>
                    {t(
                      `Uang tunai ${rupiah(cash)} melebihi batas ${rupiah(props.tenderMax)}. Periksa jumlahnya: barcode yang terpindai ke kolom ini bukan uang.`,
                      `Cash ${rupiah(cash)} is above the limit of ${rupiah(props.tenderMax)}. Check the amount: a barcode scanned into this field is not money.`,
                    )}
                  </p>
                  <label className="inline">
                    <input
                      ref={confirmRef}
                      type="checkbox"
                      checked={confirmedCash === cash}
                      onChange={(e) => setConfirmedCash(e.target.checked ? cash : null)}
                    />
                    {t(`Ya, uang diterima benar ${rupiah(cash)}`, `Yes, cash received is really ${rupiah(cash)}`)}
                  </label>
                </div>
              )}
              {props.needsApproval && <ApprovalFields value={approval} onChange={setApproval} />}
              <DialogActions
                onCancel={props.onClose}
                cancelLabel={t('Kembali', 'Back')}
                big
                submitDisabled={props.busy}
                submitLabel={props.busy ? t('Menyimpan…', 'Saving…') : t('Selesai', 'Finish')}
              />
            </form>
          )}
        </div>
        <div className="pay-side">
          <p className={short > 0 ? 'pay-short' : 'pay-short zero'} aria-live="polite">
            <span>{t('Kurang', 'Short')}</span> {rupiah(short)}
          </p>
          <p className={change > 0 ? 'pay-change' : 'pay-change zero'} aria-live="polite">
            <span>{t('Kembalian', 'Change')}</span>
            <strong aria-label={t('Kembalian', 'Change')}>{rupiah(change)}</strong>
          </p>
        </div>
      </div>
      <FormError error={error} />
    </Modal>
  );
}
