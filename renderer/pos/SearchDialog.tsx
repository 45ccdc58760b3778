// F2: find a product by name or code when it has no barcode. Arrow keys move, Enter takes it.
import { useState, type KeyboardEvent } from 'react';
import type { CatalogItem } from '../../shared/api/catalog';
import { Modal } from '../lib/Modal';
import { moveListCursor } from './listCursor';
import { useSearchHits } from './useSearchHits';
import { useI18n } from '../lib/i18n';
import { rupiah } from '../lib/format';

export function SearchDialog(props: { initial: string; search(query: string): Promise<CatalogItem[]>; onPick(item: CatalogItem): void; onClose(): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState(props.initial);
  const { hits, active, setActive, error } = useSearchHits(query, props.search, { minLength: 1, delayMs: 0 });

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (moveListCursor(e, hits.length, setActive) || e.key !== 'Enter') return;
    e.preventDefault();
    const hit = hits[active];
    if (hit) props.onPick(hit);
  }

  return (
    <Modal title={t('Cari barang', 'Find product')} onClose={props.onClose} wide>
      <label>
        {t('Nama atau kode barang', 'Product name or code')}
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKey}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `hit-${hits[active].productId}` : undefined}
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul id="search-results" role="listbox" aria-label={t('Hasil pencarian', 'Search results')} className="hits">
        {hits.map((h, i) => (
          <li key={h.productId} id={`hit-${h.productId}`} role="option" aria-selected={i === active} onClick={() => props.onPick(h)}>
            <span className="hit-name">{h.name}</span>
            <span className="muted">{h.sku}</span>
            <span className="num">{h.price === null ? t('belum ada harga', 'no price') : `${rupiah(h.price)}${h.soldBy === 'weight' ? '/kg' : ''}`}</span>
          </li>
        ))}
        {query.trim() && hits.length === 0 && !error && <li className="muted">{t('Tidak ada barang yang cocok.', 'No matching product.')}</li>}
      </ul>
      <p className="muted keys">
        <kbd>↑</kbd>
        <kbd>↓</kbd> {t('pilih', 'choose')} · <kbd>Enter</kbd> {t('masukkan', 'add')} · <kbd>Esc</kbd> {t('kembali', 'back')}
      </p>
    </Modal>
  );
}
