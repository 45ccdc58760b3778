// Stok opname: start a count, count on screen with the scanner (each scan adds) or type counts
// from the printed sheet, review the variance with its value, and approve to post.
import type { MethodInput } from '../../shared/api';
import type { OpnameLineView as OpnameLine, OpnameSummary } from '../../shared/api/opname';
import { useState } from 'react';
import { rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, milliText, parseQty, useAction, useCall } from './officeKit';
import { DataTable, useOpenColumn } from './DataTable';

export function OpnameScreen() {
  const { t } = useI18n();
  const api = useApi();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useCall((api) => api.opname.list({}), [openId]);
  const action = useAction();
  const [title, setTitle] = useState('');
  const start = () => action.run(async () => setOpenId((await api.opname.start({ title })).id));
  const openColumn = useOpenColumn<OpnameSummary>(
    (o) => setOpenId(o.id),
    (o) => o.title,
  );
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
      <DataTable
        label={t('Daftar stok opname', 'Stock counts')}
        rows={list.data ?? []}
        rowKey={(o) => o.id}
        columns={[
          { head: t('Judul', 'Title'), cell: (o) => o.title },
          { head: t('Mulai', 'Started'), cell: (o) => o.startedAt.slice(0, 10) },
          { head: t('Status', 'Status'), cell: (o) => o.status },
          openColumn,
        ]}
      />
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
  /** While counting, a typed count is saved when the field is left. */
  const countedCell = (l: OpnameLine) =>
    counting ? (
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
    );
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
      <DataTable
        label={t('Lembar hitung', 'Count sheet')}
        rows={op.lines}
        rowKey={(l) => l.productId}
        columns={[
          { head: t('Kode', 'Code'), cell: (l) => l.sku },
          { head: t('Barang', 'Product'), cell: (l) => `${l.name} (${l.unit})` },
          { head: t('Sistem', 'System'), num: true, cell: (l) => milliText(l.systemMilli) },
          { head: t('Fisik', 'Counted'), num: true, cell: countedCell },
          { head: t('Selisih', 'Variance'), num: true, cell: (l) => (l.varianceMilli === null ? '' : milliText(l.varianceMilli)) },
          { head: t('Nilai selisih', 'Variance value'), num: true, cell: (l) => (l.varianceValue === null ? '' : rupiah(l.varianceValue)) },
        ]}
      />
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
