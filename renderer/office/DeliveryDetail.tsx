// One delivery document: count each line with its damage, reason and photo, see the discrepancy,
// and confirm: only the confirmation puts the good goods into stock and locks the document.
import { useState } from 'react';
import { date, rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, milliText, parseQty, useAction, useCall } from './officeKit';
import { DELIVERY_STATUS_LABELS } from '../../shared/i18n/labels';
import type { DeliveryLineView as Line } from '../../shared/api/deliveries';
import { DataTable } from './DataTable';

/** What the counter typed for a line, before it is saved. */
interface Edit {
  counted: string;
  damaged: string;
  reason: string;
  photo: string;
}

export function DeliveryDetail({ id, onClose, onDone }: { id: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t, label } = useI18n();
  const api = useApi();
  const d = useCall((api) => api.deliveries.get({ deliveryId: id }), [id]);
  const action = useAction();
  const [edits, setEdits] = useState<Record<number, Edit>>({});
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
  const change = (l: Line, k: keyof Edit, v: string) => setEdits({ ...edits, [l.lineNo]: { ...edit(l), [k]: v } });
  /** A draft's line is typed in; a posted one only shown. */
  const field = (l: Line, k: keyof Edit, label: string, shown: string | null, inputMode?: 'decimal') =>
    draft ? <input aria-label={`${label} ${l.sku}`} inputMode={inputMode} value={edit(l)[k]} onChange={(x) => change(l, k, x.target.value)} /> : shown;
  const discrepancy = (l: Line) =>
    [
      l.shortMilli ? `${t('Kurang', 'Short')} ${milliText(l.shortMilli)}` : '',
      l.overMilli ? `${t('Lebih', 'Over')} ${milliText(l.overMilli)}` : '',
      l.damagedMilli ? `${t('Rusak', 'Damaged')} ${milliText(l.damagedMilli)}` : '',
    ]
      .filter(Boolean)
      .join(', ') || (l.countedMilli === null ? '—' : t('Sesuai', 'Matches'));
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
      onDone(t(`Hitungan ${del.docNo} disimpan.`, `Count of ${del.docNo} saved.`));
    });
  const post = () =>
    action.run(async () => {
      await api.deliveries.post({ deliveryId: id });
      setConfirming(false);
      d.reload();
      onDone(t(`${del.docNo} diposting ke stok.`, `${del.docNo} posted to stock.`));
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
      <DataTable
        label={t('Hitungan per baris', 'Count per line')}
        rows={del.lines}
        rowKey={(l) => l.lineNo}
        columns={[
          { head: t('Barang', 'Product'), cell: (l) => `${l.sku} · ${l.name}` },
          { head: t('Dokumen', 'Document'), num: true, cell: (l) => milliText(l.expectedMilli) },
          { head: t('Dihitung', 'Counted'), num: true, cell: (l) => field(l, 'counted', t('Dihitung', 'Counted'), milliText(l.countedMilli), 'decimal') },
          { head: t('Rusak', 'Damaged'), num: true, cell: (l) => field(l, 'damaged', t('Rusak', 'Damaged'), milliText(l.damagedMilli), 'decimal') },
          { head: t('Alasan', 'Reason'), cell: (l) => field(l, 'reason', t('Alasan', 'Reason'), l.reason) },
          { head: t('Foto (opsional)', 'Photo (optional)'), cell: (l) => field(l, 'photo', t('Foto', 'Photo'), l.photoPath) },
          { head: t('Selisih', 'Discrepancy'), cellLabel: (l) => `${t('Selisih', 'Discrepancy')} ${l.sku}`, cell: discrepancy },
        ]}
      />
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
