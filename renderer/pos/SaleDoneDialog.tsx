// After payment: the change, large, and the struk. When the host did not answer, the sale is
// safe in the outbox and says so; it is sent automatically and never sold twice. The next
// customer's first scan starts the next sale: the page-wide wedge detector catches fast bursts,
// and digits typed here (there is no field to type into) followed by Enter are a code too.
import { useRef, type KeyboardEvent } from 'react';
import type { SaleResult } from '../../shared/api/sales';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { rupiah } from '../lib/format';
import { PrintActions } from './PrintActions';

export interface SaleDone {
  saleId: string;
  total: number;
  change: number;
  result: SaleResult | null;
}

/** Shortest code the counter reads (EAN-8), as the wedge detector. */
const MIN_CODE = 8;

export function SaleDoneDialog(props: { done: SaleDone; onScanned(code: string): void; onClose(): void }) {
  const { t } = useI18n();
  const { done } = props;
  const typed = useRef('');

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Enter' && typed.current.length >= MIN_CODE) {
      e.preventDefault();
      props.onScanned(typed.current);
      typed.current = '';
    } else typed.current = /^[0-9A-Za-z]$/.test(e.key) ? typed.current + e.key : '';
  }

  return (
    <Modal
      title={done.result ? t('Transaksi selesai', 'Sale complete') : t('Transaksi menunggu server', 'Sale waiting for the server')}
      onClose={props.onClose}
      onKeyDown={onKeyDown}
    >
      <p className="change-huge" aria-live="polite">
        <span>{t('Kembalian', 'Change')}</span>
        <strong aria-label={t('Kembalian', 'Change')}>{rupiah(done.change)}</strong>
      </p>
      <p>
        {t('Total', 'Total')} {rupiah(done.total)}
        {done.result ? ` · ${t('No. struk', 'Receipt no.')} ${done.result.receiptNo}` : ''}
      </p>
      {!done.result && (
        <p className="warning" role="status">
          {t(
            'Server kasir tidak terjangkau. Transaksi tersimpan di komputer ini dan dikirim otomatis; tidak akan tercatat dua kali. Struk dicetak setelah terkirim.',
            'The cashier server is unreachable. The sale is stored on this computer and sent automatically; it will not be recorded twice. The receipt prints once it is sent.',
          )}
        </p>
      )}
      {done.result && <PrintActions saleId={done.saleId} autoPrint />}
      <div className="modal-actions">
        <button type="button" className="primary big" data-autofocus onClick={props.onClose}>
          <kbd>Enter</kbd>
          {t('Transaksi baru', 'New sale')}
        </button>
      </div>
    </Modal>
  );
}
