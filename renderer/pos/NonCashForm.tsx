// QRIS or transfer inside the payment dialog: the amount (what is left by default) and the
// reference number, which is required. QRIS shows its dynamic QR for the amount typed.
import { useState, type FormEvent } from 'react';
import { parseScan } from '../../shared/barcode';
import { parseRupiah } from '../../shared/money';
import { useI18n } from '../lib/i18n';
import type { Payment } from './cartOps';
import { QrisCode } from './QrisCode';

export function NonCashForm(props: {
  method: 'qris' | 'transfer';
  initialAmount: number;
  /** The outlet's static QRIS; null: none entered, QRIS cannot be taken. */
  qrisPayload: string | null;
  onAdd(payment: Payment): void;
  onScanned(code: string): void;
  onCancel(): void;
  onError(text: string | null): void;
}) {
  const { t, err } = useI18n();
  const [amountText, setAmountText] = useState(String(props.initialAmount));
  const [reference, setReference] = useState('');
  const name = props.method === 'qris' ? 'QRIS' : t('Transfer', 'Transfer');
  const amount = parseRupiah(amountText);
  const noQris = props.method === 'qris' && !props.qrisPayload;

  function submit(e: FormEvent) {
    e.preventDefault();
    const ref = reference.trim();
    // A product barcode that reached the field slower than the wedge detector expects: EAN-13 or
    // GTIN-14 with a valid check digit goes to the cart. 12-digit bank references (RRN) stay text.
    if (/^\d{13,14}$/.test(ref) && parseScan(ref).kind === 'gtin') return props.onScanned(ref);
    if (noQris) return props.onError(err({ code: 'QRIS_NOT_SET', params: {} }));
    if (amount === null || amount <= 0) return props.onError(t('Jumlah tidak valid.', 'Invalid amount.'));
    if (!ref) return props.onError(t(`Nomor referensi ${name} wajib diisi.`, `The ${name} reference number is required.`));
    props.onAdd({ method: props.method, amount, reference: ref });
  }

  return (
    <form
      onSubmit={submit}
      className="other-form"
      aria-label={t(`Pembayaran ${name}`, `${name} payment`)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      {noQris ? (
        <p role="alert" className="error">
          {err({ code: 'QRIS_NOT_SET', params: {} })}
        </p>
      ) : (
        props.method === 'qris' && props.qrisPayload && <QrisCode payload={props.qrisPayload} amount={amount} />
      )}
      <label>
        {t(`Jumlah ${name}`, `${name} amount`)}
        <input inputMode="numeric" value={amountText} onChange={(e) => setAmountText(e.target.value)} />
      </label>
      <label>
        {t('Nomor referensi', 'Reference number')}
        <input
          data-autofocus
          autoComplete="off"
          value={reference}
          onChange={(e) => {
            setReference(e.target.value);
            props.onError(null);
          }}
        />
      </label>
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('Batal', 'Cancel')}
        </button>
        <button type="submit" className="primary">
          <kbd>Enter</kbd>
          {props.method === 'qris' ? t('Sudah dibayar: tambah QRIS', 'Paid: add QRIS') : t('Tambah transfer', 'Add transfer')}
        </button>
      </div>
    </form>
  );
}
