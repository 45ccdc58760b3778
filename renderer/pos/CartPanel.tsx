// The left side of the counter: the scan field and the cart's lines, the selected one highlighted
// and kept in view.
import type { FormEvent, KeyboardEvent, RefObject } from 'react';
import { qty, rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import type { CartLine } from '../lib/store';
import { lineAmount } from './cartOps';

interface CartPanelProps {
  scanRef: RefObject<HTMLInputElement | null>;
  scanText: string;
  onScanText(text: string): void;
  onSubmitScan(e: FormEvent): void;
  lines: CartLine[];
  selected: number;
  onSelect(index: number): void;
  lastSale: { receiptNo: string; change: number } | null;
}

/** Shift+Tab from the scan field goes round to the counter's last control (the F-key bar), never
 * up into the top bar where "Keluar" would end the kasir's session with one more Enter. */
function wrapBackwards(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key !== 'Tab' || !e.shiftKey) return;
  const controls = e.currentTarget.closest('.pos')?.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [tabindex="0"]');
  const last = controls?.[controls.length - 1];
  if (!last || last === e.currentTarget) return;
  e.preventDefault();
  last.focus();
}

export function CartPanel({ scanRef, scanText, onScanText, onSubmitScan, lines, selected, onSelect, lastSale }: CartPanelProps) {
  const { t } = useI18n();
  return (
    <section className="pos-left" aria-label={t('Keranjang', 'Cart')}>
      <form onSubmit={onSubmitScan} className="scan-form">
        <label htmlFor="scan-input" className="scan-label">
          {t('Pindai barcode, atau ketik kode / nama barang lalu Enter', 'Scan a barcode, or type a code / name and press Enter')}
        </label>
        <input
          id="scan-input"
          data-wedge="own"
          ref={scanRef}
          className="scan-input"
          autoComplete="off"
          value={scanText}
          onChange={(e) => onScanText(e.target.value)}
          onKeyDown={wrapBackwards}
          placeholder={t('Pindai atau ketik…', 'Scan or type…')}
        />
      </form>
      <div className="cart-wrap">
        <table className="cart" aria-label={t('Daftar belanja', 'Items')}>
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('Barang', 'Item')}</th>
              <th className="num">{t('Jumlah', 'Qty')}</th>
              <th className="num">{t('Harga', 'Price')}</th>
              <th className="num">{t('Subtotal', 'Subtotal')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr
                key={l.key}
                aria-selected={i === selected}
                className={i === selected ? 'selected' : undefined}
                onClick={() => onSelect(i)}
                ref={
                  i === selected
                    ? (el) => {
                        el?.scrollIntoView({ block: 'nearest' });
                      }
                    : undefined
                }
              >
                <td className="num">{i + 1}</td>
                <td>
                  <div className="line-name">{l.name}</div>
                  {l.note && <div className="line-note">{l.note}</div>}
                </td>
                <td className="num">
                  {qty(l.qtyMilli, l.soldBy)} {l.soldBy === 'weight' ? 'kg' : l.unit}
                </td>
                <td className="num">
                  {rupiah(l.unitPrice)}
                  {l.soldBy === 'weight' ? '/kg' : ''}
                </td>
                <td className="num strong">{rupiah(lineAmount(l))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {lines.length === 0 && (
          <p className="empty-cart">
            {lastSale
              ? t(
                  `Transaksi terakhir ${lastSale.receiptNo}: kembalian ${rupiah(lastSale.change)}. Silakan pindai barang berikutnya.`,
                  `Last sale ${lastSale.receiptNo}: change ${rupiah(lastSale.change)}. Scan the next item.`,
                )
              : t('Keranjang kosong. Pindai barang untuk mulai.', 'The cart is empty. Scan an item to start.')}
          </p>
        )}
      </div>
    </section>
  );
}
