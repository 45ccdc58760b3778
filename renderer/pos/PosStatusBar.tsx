// The top line of the counter: outlet, terminal, shift, cashier, and what is waiting (sales not yet
// on the server, refused sales, held carts).
import type { CounterInfo } from '../../shared/api/pos';
import type { ShiftInfo } from '../../shared/api/shifts';
import { count, dateTime } from '../lib/format';
import { useI18n } from '../lib/i18n';
import type { OutboxEntry } from '../lib/store';

interface StatusProps {
  info: CounterInfo | null;
  shift: ShiftInfo;
  cashier: string | undefined;
  waiting: OutboxEntry[];
  heldCount: number;
  onShowWaiting(): void;
}

export function PosStatusBar({ info, shift, cashier, waiting, heldCount, onShowWaiting }: StatusProps) {
  const { t, lang } = useI18n();
  const pending = waiting.filter((w) => w.status === 'pending').length;
  const rejected = waiting.filter((w) => w.status === 'rejected').length;
  return (
    <div className="pos-status" role="region" aria-label={t('Status kasir', 'Counter status')}>
      <span>{info?.outletName ?? 'Gerai KKMP'}</span>
      <span>
        {t('Terminal', 'Terminal')} <strong>{shift.terminal}</strong>
      </span>
      <span aria-label={t('Shift', 'Shift')}>
        {t('Shift dibuka', 'Shift opened')} {dateTime(shift.openedAt)} · {shift.username}
      </span>
      <span>
        {t('Kasir', 'Cashier')}: <strong>{cashier}</strong>
      </span>
      {pending > 0 && (
        <button type="button" className="pill warn" onClick={onShowWaiting}>
          ⏳ {count(pending, lang, 'transaksi menunggu server', 'sale waiting for the server', 'sales waiting for the server')}
        </button>
      )}
      {rejected > 0 && (
        <button type="button" className="pill bad" onClick={onShowWaiting}>
          ⚠ {count(rejected, lang, 'transaksi ditolak', 'sale refused', 'sales refused')}
        </button>
      )}
      {heldCount > 0 && <span className="pill">{count(heldCount, lang, 'keranjang ditahan', 'held cart', 'held carts')}</span>}
    </div>
  );
}
