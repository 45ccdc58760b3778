// A new delivery document: the supplier's paper (Bulog DO/SPPB with its Klik SPHP order, or the LPG
// agent's note with the empties taken back) and its lines as written on it. Saved as a draft; the
// count and the confirmation happen on the detail card.
import type { MethodInput } from '../../shared/api';
import { useState } from 'react';
import { useI18n } from '../lib/i18n';
import { DateInput } from '../lib/DateInput';
import { useApi } from '../lib/session';
import { ErrorBox, ProductSelect, parseQty, todayLocal, useAction, useProducts } from './officeKit';

export function DeliveryNewForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const products = useProducts();
  const action = useAction();
  const [head, setHead] = useState({
    source: 'BULOG' as MethodInput<'deliveries.create'>['source'],
    supplier: '',
    docNo: '',
    klikSphpRef: '',
    deliveryDate: todayLocal(),
    warehouse: '',
    vehicle: '',
    driver: '',
    empties: '',
  });
  const [lines, setLines] = useState([{ productId: '', qty: '', cost: '' }]);
  const set = (k: keyof typeof head) => (e: { target: { value: string } }) => setHead({ ...head, [k]: e.target.value });
  const submit = () =>
    action.run(async () => {
      const d = await api.deliveries.create({
        source: head.source,
        supplier: head.supplier,
        docNo: head.docNo,
        klikSphpRef: head.klikSphpRef || null,
        deliveryDate: head.deliveryDate,
        warehouse: head.warehouse || null,
        vehicle: head.vehicle || null,
        driver: head.driver || null,
        emptiesOutMilli: head.empties ? (parseQty(head.empties) ?? -1) : undefined,
        lines: lines
          .filter((l) => l.productId)
          .map((l) => ({ productId: l.productId, expectedMilli: parseQty(l.qty) ?? -1, unitCost: Number(l.cost.replace(/\./g, '')) })),
      });
      onCreated(d.id);
    });
  return (
    <form
      className="card office-form"
      aria-label={t('Dokumen penerimaan baru', 'New delivery document')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('Dokumen penerimaan baru', 'New delivery document')}</h2>
      <div className="grid">
        <label>
          {t('Sumber', 'Source')}
          <select value={head.source} onChange={set('source')}>
            <option value="BULOG">Bulog</option>
            <option value="LPG">{t('LPG (pangkalan/agen)', 'LPG (agent)')}</option>
            <option value="OTHER">{t('Lainnya', 'Other')}</option>
          </select>
        </label>
        <label>
          {t('Pemasok', 'Supplier')}
          <input value={head.supplier} onChange={set('supplier')} required />
        </label>
        <label>
          {t('No. DO/SPPB / surat jalan', 'DO/SPPB / delivery note no.')}
          <input value={head.docNo} onChange={set('docNo')} required />
        </label>
        <label>
          {t('No. pesanan Klik SPHP', 'Klik SPHP order ref')}
          <input value={head.klikSphpRef} onChange={set('klikSphpRef')} />
        </label>
        <label>
          {t('Tanggal', 'Date')}
          <DateInput value={head.deliveryDate} onChange={(deliveryDate) => setHead({ ...head, deliveryDate })} required />
        </label>
        <label>
          {t('Gudang', 'Warehouse')}
          <input value={head.warehouse} onChange={set('warehouse')} />
        </label>
        <label>
          {t('Kendaraan', 'Vehicle')}
          <input value={head.vehicle} onChange={set('vehicle')} />
        </label>
        <label>
          {t('Sopir', 'Driver')}
          <input value={head.driver} onChange={set('driver')} />
        </label>
        {head.source === 'LPG' && (
          <label>
            {t('Tabung kosong diambil agen', 'Empties taken back')}
            <input inputMode="numeric" value={head.empties} onChange={set('empties')} />
          </label>
        )}
      </div>
      <table aria-label={t('Baris dokumen', 'Document lines')}>
        <thead>
          <tr>
            <th>{t('Barang', 'Product')}</th>
            <th className="num">{t('Jumlah di dokumen', 'Qty on document')}</th>
            <th className="num">{t('Harga pokok / satuan', 'Unit cost')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>
                <ProductSelect
                  label={`${t('Barang baris', 'Product line')} ${i + 1}`}
                  products={products}
                  value={l.productId}
                  onChange={(v) => setLines(lines.map((x, j) => (j === i ? { ...x, productId: v } : x)))}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('Jumlah di dokumen baris', 'Qty on document line')} ${i + 1}`}
                  inputMode="decimal"
                  value={l.qty}
                  onChange={(e) => setLines(lines.map((x, j) => (j === i ? { ...x, qty: e.target.value } : x)))}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('Harga pokok baris', 'Unit cost line')} ${i + 1}`}
                  inputMode="numeric"
                  value={l.cost}
                  onChange={(e) => setLines(lines.map((x, j) => (j === i ? { ...x, cost: e.target.value } : x)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="small" onClick={() => setLines([...lines, { productId: '', qty: '', cost: '' }])}>
        {t('Tambah baris', 'Add line')}
      </button>
      <ErrorBox error={action.error} />
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {t('Batal', 'Cancel')}
        </button>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Simpan dokumen', 'Save document')}
        </button>
      </div>
    </form>
  );
}
