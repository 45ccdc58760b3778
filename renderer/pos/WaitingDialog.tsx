// Sales in the outbox: waiting for the server (sent automatically), or refused by the core with
// the reason; a refused one can go back to the counter to be fixed.
import { useState } from 'react';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { count, dateTime, rupiah } from '../lib/format';
import type { OutboxEntry } from '../lib/store';
import { cartTotal } from './cartOps';

export function WaitingDialog(props: {
  entries: OutboxEntry[];
  onRetry(): Promise<{ sent: number; waiting: number }>;
  onRestore(id: string): Promise<void>;
  onClose(): void;
}) {
  const { t, err, lang } = useI18n();
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <Modal title={t('Transaksi belum tercatat di server', 'Sales not yet recorded on the server')} onClose={props.onClose} wide>
      <ul className="hits">
        {props.entries.map((e) => (
          <li key={e.id}>
            <span className="hit-name">
              {dateTime(e.createdAt)} · {rupiah(cartTotal(e.cart))}
            </span>
            {e.status === 'pending' ? (
              <span className="muted">{t(`menunggu (dicoba ${e.attempts}×)`, `waiting (tried ${e.attempts}×)`)}</span>
            ) : (
              <>
                <span className="error">{e.error ? err(e.error) : ''}</span>
                <button type="button" onClick={() => void props.onRestore(e.id)}>
                  {t('Kembalikan ke keranjang', 'Back to the cart')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {msg && <p role="status">{msg}</p>}
      <div className="modal-actions">
        <button type="button" onClick={props.onClose}>
          <kbd>Esc</kbd>
          {t('Tutup', 'Close')}
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          onClick={() =>
            void props
              .onRetry()
              .then((r) =>
                setMsg(
                  r.waiting
                    ? t('Server masih belum terjangkau; dicoba lagi otomatis.', 'The server is still unreachable; retrying automatically.')
                    : `${count(r.sent, lang, 'transaksi terkirim', 'sale sent', 'sales sent')}.`,
                ),
              )
          }
        >
          {t('Kirim sekarang', 'Send now')}
        </button>
      </div>
    </Modal>
  );
}
