// F8: the held carts of this terminal, oldest first, each with its label and the time it was held;
// Enter brings the chosen one back.
import { useState, type KeyboardEvent } from 'react';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { dateTime, rupiah } from '../lib/format';
import type { Cart } from '../lib/store';
import { cartTotal } from './cartOps';

export function HeldDialog(props: { carts: Cart[]; onRecall(id: string): void; onClose(): void }) {
  const { t } = useI18n();
  const [active, setActive] = useState(0);

  function onKey(e: KeyboardEvent<HTMLUListElement>) {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, props.carts.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && props.carts[active]) props.onRecall(props.carts[active].id);
    else return;
    e.preventDefault();
  }

  return (
    <Modal title={t('Keranjang ditahan', 'Held carts')} onClose={props.onClose}>
      {props.carts.length === 0 ? (
        <p data-autofocus tabIndex={-1}>
          {t('Tidak ada keranjang yang ditahan.', 'No held carts.')}
        </p>
      ) : (
        <ul
          role="listbox"
          tabIndex={0}
          data-autofocus
          aria-label={t('Keranjang ditahan', 'Held carts')}
          className="hits"
          onKeyDown={onKey}
          aria-activedescendant={`held-${props.carts[active]?.id}`}
        >
          {props.carts.map((c, i) => (
            <li key={c.id} id={`held-${c.id}`} role="option" aria-selected={i === active} onClick={() => props.onRecall(c.id)}>
              <span className="hit-name">
                {c.holdLabel ? <strong>{c.holdLabel} · </strong> : null}
                {c.lines[0]?.name ?? '—'}
                {c.lines.length > 1 ? ` +${c.lines.length - 1}` : ''}
              </span>
              <span className="muted">{c.heldAt ? t(`ditahan ${dateTime(c.heldAt)}`, `held ${dateTime(c.heldAt)}`) : ''}</span>
              <span className="num">{rupiah(cartTotal(c))}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted keys">
        <kbd>↑</kbd>
        <kbd>↓</kbd> {t('pilih', 'choose')} · <kbd>Enter</kbd> {t('panggil', 'recall')} · <kbd>Esc</kbd> {t('kembali', 'back')}
      </p>
    </Modal>
  );
}
