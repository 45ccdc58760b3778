// Stok opname: start a count, count on screen with the scanner (each scan adds) or type counts
// from the printed sheet, review the variance with its value, and approve to post.
import type { MethodInput } from '../../shared/api';
import { useState } from 'react';
import { date, rupiah } from '../lib/format';
import { OPNAME_STATUS_LABELS } from '../../shared/i18n/labels';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, milliText, parseQty, useAction, useCall } from './officeKit';

export function OpnameScreen() {
  const { t, label } = useI18n();
  const api = useApi();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useCall((api) => api.opname.list({}), [openId]);
  const action = useAction();
  const [title, setTitle] = useState('');
  const start = () => action.run(async () => setOpenId((await api.opname.start({ title })).id));
  return (
    <Page title={t('Stok opname', 'Stock count')}>
      <form
        className="grid"
        aria-label={t('Mulai stok opname', 'Start a stock count')}
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label>
          {t('Judul', 'Title')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Mulai hitung', 'Start count')}
        </button>
      </form>
      <ErrorBox error={action.error ?? list.error} />
      {openId && <OpnameDetail id={openId} onClose={() => setOpenId(null)} />}
      <table aria-label={t('Daftar stok opname', 'Stock counts')}>
        <thead>
          <tr>
            <th>{t('Judul', 'Title')}</th>
            <th>{t('Mulai', 'Started')}</th>
            <th>{t('Status', 'Status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((o) => (
            <tr key={o.id}>
              <td>{o.title}</td>
              <td>{date(o.startedAt)}</td>
              <td>{label(OPNAME_STATUS_LABELS, o.status)}</td>
              <td>
                <button type="button" className="small" onClick={() => setOpenId(o.id)} aria-label={`${t('Buka', 'Open')} ${o.title}`}>
                  {t('Buka', 'Open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

function OpnameDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const o = useCall((api) => api.opname.get({ opnameId: id }), [id]);
  const action = useAction();
  const [barcode, setBarcode] = useState('');
  const [scanQty, setScanQty] = useState('1');
  const [uncountedAsZero, setUncountedAsZero] = useState(false);
  if (!o.data) return <ErrorBox error={o.error} />;
  const op = o.data;
  const counting = op.status === 'counting';
  const count = (input: Omit<MethodInput<'opname.count'>, 'opnameId'>) =>
    action.run(async () => {
      await api.opname.count({ opnameId: id, ...input });
      o.reload();
    });
  return (
    <div className="card print-area" role="region" aria-label={`${t('Stok opname', 'Stock count')} ${op.title}`}>
      <h2>
        {op.title} — {op.counted}/{op.total} {t('dihitung', 'counted')}
      </h2>
      {counting && (
        <form
          className="grid no-print"
          aria-label={t('Hitung dengan scanner', 'Count with the scanner')}
          onSubmit={(e) => {
            e.preventDefault();
            void count({ barcode, qtyMilli: parseQty(scanQty) ?? 0, mode: 'add' }).then(() => setBarcode(''));
          }}
        >
          <label>
            {t('Barcode (scan)', 'Barcode (scan)')}
            <input value={barcode} onChange={(e) => setBarcode(e.target.value)} autoFocus />
          </label>
          <label>
            {t('Jumlah per scan', 'Qty per scan')}
            <input value={scanQty} onChange={(e) => setScanQty(e.target.value)} inputMode="decimal" />
          </label>
          <button type="submit">{t('Tambah', 'Add')}</button>
        </form>
      )}
      <table aria-label={t('Lembar hitung', 'Count sheet')}>
        <thead>
          <tr>
            <th>{t('Kode', 'Code')}</th>
            <th>{t('Barang', 'Product')}</th>
            <th className="num">{t('Sistem', 'System')}</th>
            <th className="num">{t('Fisik', 'Counted')}</th>
            <th className="num">{t('Selisih', 'Variance')}</th>
            <th className="num">{t('Nilai selisih', 'Variance value')}</th>
          </tr>
        </thead>
        <tbody>
          {op.lines.map((l) => (
            <tr key={l.productId}>
              <td>{l.sku}</td>
              <td>
                {l.name} ({l.unit})
              </td>
              <td className="num">{milliText(l.systemMilli)}</td>
              <td className="num">
                {counting ? (
                  <input
                    aria-label={`${t('Fisik', 'Counted')} ${l.sku}`}
                    defaultValue={milliText(l.countedMilli)}
                    inputMode="decimal"
                    onBlur={(e) => {
                      const q = parseQty(e.target.value);
                      if (q !== null && q !== l.countedMilli) void count({ productId: l.productId, qtyMilli: q, mode: 'set' });
                    }}
                  />
                ) : (
                  milliText(l.countedMilli)
                )}
              </td>
              <td className="num">{l.varianceMilli === null ? '' : milliText(l.varianceMilli)}</td>
              <td className="num">{l.varianceValue === null ? '' : rupiah(l.varianceValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('Total nilai selisih', 'Total variance value')}: <strong>{rupiah(op.varianceValue)}</strong>
      </p>
      <ErrorBox error={action.error} />
      <div className="modal-actions no-print">
        <button type="button" onClick={onClose}>
          {t('Tutup', 'Close')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('Cetak lembar hitung', 'Print count sheet')}
        </button>
        {counting && (
          <label className="check">
            <input type="checkbox" checked={uncountedAsZero} onChange={(e) => setUncountedAsZero(e.target.checked)} />
            {t('Yang belum dihitung = 0', 'Uncounted = 0')}
          </label>
        )}
        {counting && (
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                await api.opname.post({ opnameId: id, uncountedAsZero });
                o.reload();
              })
            }
          >
            {t('Setujui & posting', 'Approve & post')}
          </button>
        )}
      </div>
    </div>
  );
}
