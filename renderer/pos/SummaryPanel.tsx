// The right side of the counter: the total, the member, the subsidy limits that apply to this
// cart, the last notice, and the Alt-key actions as buttons.
import type { CounterInfo } from '../../shared/api/pos';
import { count, rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import type { Cart } from '../lib/store';
import { cartTotal, itemCount, sphpPacks } from './cartOps';
import type { Notice } from './posModal';
import type { PosAction } from './usePosKeys';

export function SummaryPanel({
  cart,
  info,
  notice,
  altActions,
}: {
  cart: Cart;
  info: CounterInfo | null;
  notice: Notice;
  altActions: Record<string, PosAction>;
}) {
  const { t, lang } = useI18n();
  const { lines } = cart;
  const sphp = sphpPacks(cart);
  return (
    <aside className="pos-right" aria-label={t('Ringkasan', 'Summary')}>
      <div className="total-box">
        <span>{t('TOTAL', 'TOTAL')}</span>
        <strong aria-label={t('Total belanja', 'Total')}>{rupiah(cartTotal(cart))}</strong>
        <small>
          {count(itemCount(cart), lang, 'barang', 'item', 'items')} · {count(lines.length, lang, 'baris', 'line', 'lines')}
        </small>
      </div>
      <div className="member-box" aria-label={t('Anggota', 'Member')}>
        {cart.member ? (
          <>
            <span className="muted">{t('Anggota', 'Member')}</span> <strong>{cart.member.name}</strong> <span className="muted">{cart.member.code}</span>
          </>
        ) : (
          <span className="muted">{t('Bukan anggota (F4 untuk anggota)', 'No member (F4 to attach)')}</span>
        )}
      </div>
      {info?.sphpMaxPacks != null && sphp > 0 && (
        <p className={sphp >= info.sphpMaxPacks ? 'warning' : 'hint'} role="status">
          {t(
            `Beras SPHP: ${sphp} dari maks ${info.sphpMaxPacks} kemasan per transaksi.`,
            `Beras SPHP: ${sphp} of at most ${info.sphpMaxPacks} packs per sale.`,
          )}
        </p>
      )}
      {lines.some((l) => l.extra?.lpgBuyerId) && (
        <p className="hint">
          {t('LPG 3 kg untuk', 'LPG 3 kg for')} {[...new Set(lines.filter((l) => l.extra?.lpgBuyerId).map((l) => l.note?.split(' · ')[0]))].join(', ')}
        </p>
      )}
      <div className="notice-area">
        {notice?.kind === 'error' && (
          <p role="alert" className="error">
            {notice.text}
          </p>
        )}
        {notice && notice.kind !== 'error' && (
          <p role="status" className={notice.kind === 'ok' ? 'okmsg' : 'info'}>
            {notice.text}
          </p>
        )}
      </div>
      <div className="more-actions" aria-label={t('Tindakan lain', 'More actions')}>
        {Object.entries(altActions).map(([key, a]) => (
          <button key={key} type="button" onClick={a.run}>
            <kbd>Alt+{key.toUpperCase()}</kbd>
            {a.label}
          </button>
        ))}
      </div>
    </aside>
  );
}
