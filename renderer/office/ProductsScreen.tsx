// Barang & harga: search, create, set a price or HET/HAP from a date, add a barcode, and import a
// catalog file with its row-by-row report.
import type { MethodInput } from '../../shared/api';
import { useState } from 'react';
import { rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, milliText, rupiahInput, todayLocal, useAction, useCall } from './officeKit';
import type { ProductAdminRow as Product } from '../../shared/api/catalogAdmin';
import { SUBSIDY_PROGRAM_LABELS } from '../../shared/i18n/labels';
import { DateInput } from '../lib/DateInput';
import { CatalogImport } from './CatalogImport';

type NewInput = MethodInput<'catalogAdmin.create'>;

export function ProductsScreen() {
  const { t, label } = useI18n();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Product | null>(null);
  const list = useCall((api) => api.catalogAdmin.list({ query: query || undefined, limit: 200 }), [query, selected]);
  return (
    <Page title={t('Barang & harga', 'Products & prices')}>
      <label>
        {t('Cari barang', 'Search products')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ErrorBox error={list.error} />
      <table aria-label={t('Daftar barang', 'Products')}>
        <thead>
          <tr>
            <th>{t('Kode', 'Code')}</th>
            <th>{t('Nama', 'Name')}</th>
            <th>{t('Program', 'Program')}</th>
            <th className="num">{t('Harga', 'Price')}</th>
            <th className="num">HET</th>
            <th className="num">{t('Stok', 'Stock')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((p) => (
            <tr key={p.productId}>
              <td>{p.sku}</td>
              <td>
                {p.name}
                {p.active ? '' : ` (${t('nonaktif', 'inactive')})`}
              </td>
              <td>{p.subsidyProgram === 'NONE' ? '' : label(SUBSIDY_PROGRAM_LABELS, p.subsidyProgram)}</td>
              <td className="num">{p.price === null ? '—' : rupiah(p.price)}</td>
              <td className="num">{p.het === null ? '' : rupiah(p.het)}</td>
              <td className="num">
                {milliText(p.onHandMilli)} {p.unit}
              </td>
              <td>
                <button type="button" className="small" aria-label={`${t('Ubah', 'Edit')} ${p.sku}`} onClick={() => setSelected(p)}>
                  {t('Ubah', 'Edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected && <PriceEditor product={selected} onDone={() => setSelected(null)} />}
      <NewProduct onCreated={() => setQuery('')} />
      <CatalogImport />
    </Page>
  );
}

function PriceEditor({ product, onDone }: { product: Product; onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [price, setPrice] = useState(String(product.price ?? ''));
  const [het, setHet] = useState(String(product.het ?? ''));
  const [from, setFrom] = useState(todayLocal());
  const [barcode, setBarcode] = useState('');
  return (
    <div className="card" role="region" aria-label={`${t('Ubah', 'Edit')} ${product.sku}`}>
      <h2>
        {product.sku} · {product.name}
      </h2>
      <p>
        {t('Barcode', 'Barcodes')}: {product.barcodes.join(', ') || '—'}
      </p>
      <div className="grid">
        <label>
          {t('Berlaku mulai', 'Valid from')}
          <DateInput value={from} onChange={setFrom} />
        </label>
        <label>
          {t('Harga jual', 'Selling price')}
          <input inputMode="numeric" value={price} onChange={(e) => setPrice(e.target.value)} />
        </label>
        <button
          type="button"
          onClick={() =>
            void action.run(async () => {
              await api.catalogAdmin.setPrice({ productId: product.productId, amount: rupiahInput(price), validFrom: from });
              onDone();
            })
          }
        >
          {t('Simpan harga', 'Save price')}
        </button>
        <label>
          HET
          <input inputMode="numeric" value={het} onChange={(e) => setHet(e.target.value)} />
        </label>
        <button
          type="button"
          onClick={() =>
            void action.run(async () => {
              await api.catalogAdmin.setCeiling({ productId: product.productId, kind: 'HET', amount: rupiahInput(het), validFrom: from });
              onDone();
            })
          }
        >
          {t('Simpan HET', 'Save HET')}
        </button>
        <label>
          {t('Barcode baru', 'New barcode')}
          <input value={barcode} onChange={(e) => setBarcode(e.target.value)} />
        </label>
        <button
          type="button"
          onClick={() =>
            void action.run(async () => {
              await api.catalogAdmin.addBarcode({ productId: product.productId, barcode });
              onDone();
            })
          }
        >
          {t('Tambah barcode', 'Add barcode')}
        </button>
      </div>
      <ErrorBox error={action.error} />
      <button type="button" onClick={onDone}>
        {t('Tutup', 'Close')}
      </button>
    </div>
  );
}

function NewProduct({ onCreated }: { onCreated: () => void }) {
  const { t, label } = useI18n();
  const api = useApi();
  const action = useAction();
  const empty = { sku: '', name: '', unit: 'pcs', soldBy: 'piece', subsidyProgram: 'NONE', barcode: '', price: '', het: '' };
  const [f, setF] = useState(empty);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = () =>
    action.run(async () => {
      const today = todayLocal();
      await api.catalogAdmin.create({
        sku: f.sku,
        name: f.name,
        unit: f.unit,
        soldBy: f.soldBy as NewInput['soldBy'],
        subsidyProgram: f.subsidyProgram as NewInput['subsidyProgram'],
        barcodes: f.barcode ? [f.barcode] : [],
        price: f.price ? { amount: rupiahInput(f.price), validFrom: today } : null,
        ceilings: f.het ? [{ kind: 'HET', amount: rupiahInput(f.het), validFrom: today }] : [],
      });
      setF(empty);
      onCreated();
    });
  return (
    <form
      className="card"
      aria-label={t('Barang baru', 'New product')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('Barang baru', 'New product')}</h2>
      <div className="grid">
        <label>
          {t('Kode', 'Code')}
          <input value={f.sku} onChange={set('sku')} required />
        </label>
        <label>
          {t('Nama', 'Name')}
          <input value={f.name} onChange={set('name')} required />
        </label>
        <label>
          {t('Satuan', 'Unit')}
          <input value={f.unit} onChange={set('unit')} required />
        </label>
        <label>
          {t('Dijual per', 'Sold by')}
          <select value={f.soldBy} onChange={set('soldBy')}>
            <option value="piece">{t('Buah', 'Piece')}</option>
            <option value="weight">{t('Berat (kg)', 'Weight (kg)')}</option>
          </select>
        </label>
        <label>
          {t('Program subsidi', 'Subsidy program')}
          <select value={f.subsidyProgram} onChange={set('subsidyProgram')}>
            {['NONE', 'SPHP', 'MINYAKITA', 'LPG3'].map((x) => (
              <option key={x} value={x}>
                {label(SUBSIDY_PROGRAM_LABELS, x)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Barcode', 'Barcode')}
          <input value={f.barcode} onChange={set('barcode')} />
        </label>
        <label>
          {t('Harga jual', 'Selling price')}
          <input value={f.price} onChange={set('price')} inputMode="numeric" />
        </label>
        <label>
          HET
          <input value={f.het} onChange={set('het')} inputMode="numeric" />
        </label>
      </div>
      <ErrorBox error={action.error} />
      <button type="submit" className="primary" disabled={action.busy}>
        {t('Simpan barang', 'Save product')}
      </button>
    </form>
  );
}
