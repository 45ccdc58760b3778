// Penerimaan barang: record the delivery document (Bulog DO/SPPB + Klik SPHP, or LPG from the
// agent with empties taken back), count each line with its discrepancy and reason, and confirm:
// only the confirmation puts goods into stock. Reconciliation per supplier and month below.
import type { MethodInput } from '../../shared/api';
import { useState } from 'react';
import { date, month as formatMonth, rupiah } from '../lib/format';
import { DELIVERY_STATUS_LABELS } from '../../shared/i18n/labels';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, ProductSelect, milliText, parseQty, todayLocal, useAction, useCall, useProducts } from './officeKit';
import type { DeliveryLineView as Line } from '../../shared/api/deliveries';
import { DateInput } from '../lib/DateInput';

export function DeliveriesScreen() {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<string | 'new' | null>(null);
  const list = useCall((api) => api.deliveries.list({}), [open]);
  return (
    <Page
      title={t('Penerimaan barang', 'Deliveries')}
      actions={
        <button type="button" className="primary" onClick={() => setOpen('new')}>
          {t('Penerimaan baru', 'New delivery')}
        </button>
      }
    >
      {open === 'new' && <NewDelivery onCreated={(id) => setOpen(id)} onCancel={() => setOpen(null)} />}
      {open && open !== 'new' && <DeliveryDetail id={open} onClose={() => setOpen(null)} />}
      <ErrorBox error={list.error} />
      <table aria-label={t('Daftar penerimaan', 'Deliveries list')}>
        <thead>
          <tr>
            <th>{t('Tanggal', 'Date')}</th>
            <th>{t('No. dokumen', 'Document no.')}</th>
            <th>{t('Pemasok', 'Supplier')}</th>
            <th>{t('Status', 'Status')}</th>
            <th>{t('Selisih', 'Discrepancy')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((d) => (
            <tr key={d.id}>
              <td>{date(d.deliveryDate)}</td>
              <td>{d.docNo}</td>
              <td>{d.supplier}</td>
              <td>{label(DELIVERY_STATUS_LABELS, d.status)}</td>
              <td>{d.hasDiscrepancy ? t('Ada selisih', 'Has discrepancy') : '—'}</td>
              <td>
                <button type="button" className="small" onClick={() => setOpen(d.id)} aria-label={`${t('Buka', 'Open')} ${d.docNo}`}>
                  {t('Buka', 'Open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Reconciliation />
    </Page>
  );
}

function NewDelivery({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
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

function DeliveryDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, label } = useI18n();
  const api = useApi();
  const d = useCall((api) => api.deliveries.get({ deliveryId: id }), [id]);
  const action = useAction();
  const [edits, setEdits] = useState<Record<number, { counted: string; damaged: string; reason: string; photo: string }>>({});
  const [confirming, setConfirming] = useState(false);
  if (!d.data) return <ErrorBox error={d.error} />;
  const del = d.data;
  const draft = del.status === 'draft';
  const edit = (l: Line) =>
    edits[l.lineNo] ?? {
      counted: milliText(l.countedMilli),
      damaged: l.damagedMilli ? milliText(l.damagedMilli) : '',
      reason: l.reason ?? '',
      photo: l.photoPath ?? '',
    };
  const change = (l: Line, k: 'counted' | 'damaged' | 'reason' | 'photo', v: string) => setEdits({ ...edits, [l.lineNo]: { ...edit(l), [k]: v } });
  const saveCount = () =>
    action.run(async () => {
      await api.deliveries.count({
        deliveryId: id,
        lines: del.lines.map((l) => {
          const e = edit(l);
          return {
            lineNo: l.lineNo,
            countedMilli: parseQty(e.counted) ?? -1,
            damagedMilli: e.damaged ? (parseQty(e.damaged) ?? -1) : 0,
            reason: e.reason || null,
            photoPath: e.photo || null,
          };
        }),
      });
      setEdits({});
      d.reload();
    });
  const post = () =>
    action.run(async () => {
      await api.deliveries.post({ deliveryId: id });
      setConfirming(false);
      d.reload();
    });
  return (
    <div className="card" role="region" aria-label={`${t('Dokumen', 'Document')} ${del.docNo}`}>
      <h2>
        {del.docNo} · {del.supplier}
      </h2>
      <p>
        {date(del.deliveryDate)} · {t('Status', 'Status')}: <strong>{label(DELIVERY_STATUS_LABELS, del.status)}</strong>
        {del.klikSphpRef ? ` · Klik SPHP ${del.klikSphpRef}` : ''}
        {del.emptiesOutMilli ? ` · ${t('tabung kosong keluar', 'empties out')} ${milliText(del.emptiesOutMilli)}` : ''}
      </p>
      <table aria-label={t('Hitungan per baris', 'Count per line')}>
        <thead>
          <tr>
            <th>{t('Barang', 'Product')}</th>
            <th className="num">{t('Dokumen', 'Document')}</th>
            <th className="num">{t('Dihitung', 'Counted')}</th>
            <th className="num">{t('Rusak', 'Damaged')}</th>
            <th>{t('Alasan', 'Reason')}</th>
            <th>{t('Foto (opsional)', 'Photo (optional)')}</th>
            <th>{t('Selisih', 'Discrepancy')}</th>
          </tr>
        </thead>
        <tbody>
          {del.lines.map((l) => {
            const e = edit(l);
            return (
              <tr key={l.lineNo}>
                <td>
                  {l.sku} · {l.name}
                </td>
                <td className="num">{milliText(l.expectedMilli)}</td>
                <td className="num">
                  {draft ? (
                    <input
                      aria-label={`${t('Dihitung', 'Counted')} ${l.sku}`}
                      inputMode="decimal"
                      value={e.counted}
                      onChange={(x) => change(l, 'counted', x.target.value)}
                    />
                  ) : (
                    milliText(l.countedMilli)
                  )}
                </td>
                <td className="num">
                  {draft ? (
                    <input
                      aria-label={`${t('Rusak', 'Damaged')} ${l.sku}`}
                      inputMode="decimal"
                      value={e.damaged}
                      onChange={(x) => change(l, 'damaged', x.target.value)}
                    />
                  ) : (
                    milliText(l.damagedMilli)
                  )}
                </td>
                <td>
                  {draft ? (
                    <input aria-label={`${t('Alasan', 'Reason')} ${l.sku}`} value={e.reason} onChange={(x) => change(l, 'reason', x.target.value)} />
                  ) : (
                    l.reason
                  )}
                </td>
                <td>
                  {draft ? (
                    <input aria-label={`${t('Foto', 'Photo')} ${l.sku}`} value={e.photo} onChange={(x) => change(l, 'photo', x.target.value)} />
                  ) : (
                    l.photoPath
                  )}
                </td>
                <td aria-label={`${t('Selisih', 'Discrepancy')} ${l.sku}`}>
                  {[
                    l.shortMilli ? `${t('Kurang', 'Short')} ${milliText(l.shortMilli)}` : '',
                    l.overMilli ? `${t('Lebih', 'Over')} ${milliText(l.overMilli)}` : '',
                    l.damagedMilli ? `${t('Rusak', 'Damaged')} ${milliText(l.damagedMilli)}` : '',
                  ]
                    .filter(Boolean)
                    .join(', ') || (l.countedMilli === null ? '—' : t('Sesuai', 'Matches'))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t('Nilai dokumen', 'Document value')} {rupiah(del.value.ordered)} · {t('diterima baik', 'received good')} {rupiah(del.value.received)} ·{' '}
        {t('dibayar', 'paid')} {rupiah(del.value.paid)}
      </p>
      <ErrorBox error={action.error} />
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('Tutup', 'Close')}
        </button>
        {draft && (
          <button type="button" onClick={() => void saveCount()} disabled={action.busy}>
            {t('Simpan hitungan', 'Save count')}
          </button>
        )}
        {draft && !confirming && (
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            {t('Konfirmasi penerimaan', 'Confirm delivery')}
          </button>
        )}
      </div>
      {draft && confirming && (
        <div role="alertdialog" aria-label={t('Konfirmasi posting', 'Confirm posting')} className="warning">
          <p>{t('Barang baik akan masuk stok dan dokumen dikunci. Lanjutkan?', 'Good goods go into stock and the document is locked. Continue?')}</p>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('Kembali', 'Back')}
          </button>{' '}
          <button type="button" className="primary" onClick={() => void post()} disabled={action.busy}>
            {t('Ya, posting ke stok', 'Yes, post to stock')}
          </button>
        </div>
      )}
    </div>
  );
}

function Reconciliation() {
  const { t } = useI18n();
  const month = todayLocal().slice(0, 7);
  const [range, setRange] = useState({ fromMonth: `${month.slice(0, 4)}-01`, toMonth: month });
  const r = useCall((api) => api.deliveries.reconciliation(range), [range.fromMonth, range.toMonth]);
  return (
    <section aria-label={t('Rekonsiliasi pemasok', 'Supplier reconciliation')}>
      <h2>{t('Rekonsiliasi per pemasok dan bulan', 'Reconciliation per supplier and month')}</h2>
      <div className="grid">
        <label>
          {t('Dari bulan', 'From month')}
          <DateInput month value={range.fromMonth} onChange={(fromMonth) => setRange({ ...range, fromMonth })} />
        </label>
        <label>
          {t('Sampai bulan', 'To month')}
          <DateInput month value={range.toMonth} onChange={(toMonth) => setRange({ ...range, toMonth })} />
        </label>
      </div>
      <ErrorBox error={r.error} />
      <table aria-label={t('Tabel rekonsiliasi', 'Reconciliation table')}>
        <thead>
          <tr>
            <th>{t('Bulan', 'Month')}</th>
            <th>{t('Pemasok', 'Supplier')}</th>
            <th className="num">{t('Dipesan', 'Ordered')}</th>
            <th className="num">{t('Dikirim', 'Delivered')}</th>
            <th className="num">{t('Diterima', 'Received')}</th>
            <th className="num">{t('Rusak', 'Damaged')}</th>
            <th className="num">{t('Dibayar', 'Paid')}</th>
            <th className="num">{t('Sisa utang', 'Outstanding')}</th>
          </tr>
        </thead>
        <tbody>
          {(r.data ?? []).map((x) => (
            <tr key={x.supplier + x.month}>
              <td>{formatMonth(x.month)}</td>
              <td>{x.supplier}</td>
              <td className="num">{rupiah(x.ordered)}</td>
              <td className="num">{rupiah(x.delivered)}</td>
              <td className="num">{rupiah(x.received)}</td>
              <td className="num">{rupiah(x.damaged)}</td>
              <td className="num">{rupiah(x.paid)}</td>
              <td className="num">{rupiah(x.outstanding)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
