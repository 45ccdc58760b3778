// Kartu stok on screen: a virtualised list (only the visible rows are in the DOM; pages of 500
// are fetched by keyset cursor as the list scrolls, so a million-row product stays smooth), and
// exports (CSV, XLSX, PDF) that run as a job on the host with a progress bar and cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { ApiError } from '../lib/api';
import { saveDownload } from '../lib/download';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, ProductSelect, milliText, monthsAgo, todayLocal, useAction, useProducts } from './officeKit';
import { STOCK_MOVE_LABELS } from '../../shared/i18n/labels';
import { wallClock } from '../lib/format';
import { DateInput } from '../lib/DateInput';

type PageResult = MethodOutput<'kartuStok.page'>;
type Row = PageResult['rows'][number];
type Cursor = NonNullable<PageResult['next']>;
type Job = MethodOutput<'exports.status'>;

const ROW_H = 30;
const VIEW_H = 420;
const PAGE = 500;

export function KartuStokScreen() {
  const { t, label } = useI18n();
  const api = useApi();
  const products = useProducts();
  const [productId, setProductId] = useState('');
  const [from, setFrom] = useState(monthsAgo(0));
  const [to, setTo] = useState(todayLocal());
  const [summary, setSummary] = useState<PageResult['summary']>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<Cursor | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const loading = useRef(false);
  const action = useAction();

  const show = () =>
    action.run(async () => {
      const first = await api.kartuStok.page({ productId, from, to, limit: PAGE });
      setSummary(first.summary);
      setRows(first.rows);
      setNext(first.next);
      setScrollTop(0);
    });

  const loadMore = useCallback(async () => {
    if (!next || loading.current) return;
    loading.current = true;
    try {
      const page = await api.kartuStok.page({ productId, from, to, cursor: next, limit: PAGE });
      setRows((r) => [...r, ...page.rows]);
      setNext(page.next);
    } finally {
      loading.current = false;
    }
  }, [api, next, productId, from, to]);

  const first = Math.floor(scrollTop / ROW_H);
  const visible = rows.slice(first, first + Math.ceil(VIEW_H / ROW_H) + 2);
  useEffect(() => {
    if (next && first + 2 * Math.ceil(VIEW_H / ROW_H) > rows.length) void loadMore();
  }, [first, rows.length, next, loadMore]);
  const total = summary?.moves ?? 0;

  return (
    <Page title={t('Kartu stok', 'Stock card')}>
      <form
        className="grid"
        aria-label={t('Pilih barang dan periode', 'Choose product and period')}
        onSubmit={(e) => {
          e.preventDefault();
          void show();
        }}
      >
        <label>
          {t('Barang', 'Product')}
          <ProductSelect label={t('Barang', 'Product')} products={products} value={productId} onChange={setProductId} />
        </label>
        <label>
          {t('Dari tanggal', 'From date')}
          <DateInput value={from} onChange={setFrom} />
        </label>
        <label>
          {t('Sampai tanggal', 'To date')}
          <DateInput value={to} onChange={setTo} />
        </label>
        <button type="submit" className="primary" disabled={!productId || action.busy}>
          {t('Tampilkan', 'Show')}
        </button>
      </form>
      <ErrorBox error={action.error} />
      {summary && (
        <dl className="summary" aria-label={t('Ringkasan periode', 'Period summary')}>
          <div>
            <dt>{t('Saldo awal', 'Opening')}</dt>
            <dd>{milliText(summary.openingMilli)}</dd>
          </div>
          <div>
            <dt>{t('Masuk', 'In')}</dt>
            <dd>{milliText(summary.inMilli)}</dd>
          </div>
          <div>
            <dt>{t('Keluar', 'Out')}</dt>
            <dd>{milliText(summary.outMilli)}</dd>
          </div>
          <div>
            <dt>{t('Saldo akhir', 'Closing')}</dt>
            <dd>{milliText(summary.closingMilli)}</dd>
          </div>
          <div>
            <dt>{t('Mutasi', 'Moves')}</dt>
            <dd>{total}</dd>
          </div>
        </dl>
      )}
      {summary && (
        <div role="table" aria-label={t('Mutasi kartu stok', 'Stock card moves')} aria-rowcount={total + 1} className="vtable">
          <div role="row" className="vrow vhead" aria-rowindex={1}>
            {[
              t('Tanggal (WITA)', 'Date (WITA)'),
              t('Jenis', 'Kind'),
              t('Dokumen', 'Document'),
              t('Masuk', 'In'),
              t('Keluar', 'Out'),
              t('Saldo', 'Balance'),
              t('Pengguna', 'User'),
              t('Keterangan', 'Note'),
            ].map((h) => (
              <span role="columnheader" key={h}>
                {h}
              </span>
            ))}
          </div>
          <div
            className="vbody"
            style={{ height: VIEW_H }}
            onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
            tabIndex={0}
            aria-label={t('Gulir mutasi', 'Scroll moves')}
          >
            <div style={{ height: total * ROW_H, position: 'relative' }}>
              {visible.map((r, i) => (
                <div
                  role="row"
                  aria-rowindex={first + i + 2}
                  className="vrow"
                  key={r.id}
                  style={{ position: 'absolute', top: (first + i) * ROW_H, height: ROW_H, left: 0, right: 0 }}
                >
                  <span role="cell">{wallClock(r.atLocal)}</span>
                  <span role="cell">{label(STOCK_MOVE_LABELS, r.kind)}</span>
                  <span role="cell">{r.document}</span>
                  <span role="cell" className="num">
                    {r.inMilli ? milliText(r.inMilli) : ''}
                  </span>
                  <span role="cell" className="num">
                    {r.outMilli ? milliText(r.outMilli) : ''}
                  </span>
                  <span role="cell" className="num">
                    {milliText(r.balanceMilli)}
                  </span>
                  <span role="cell">{r.user ?? ''}</span>
                  <span role="cell" title={r.note ?? ''}>
                    {r.note ?? ''}
                  </span>
                </div>
              ))}
            </div>
          </div>
        </div>
      )}
      <ExportPanel sku={products.find((p) => p.productId === productId)?.sku ?? null} from={from} to={to} />
    </Page>
  );
}

function ExportPanel({ sku, from, to }: { sku: string | null; from: string; to: string }) {
  const { t, err } = useI18n();
  const api = useApi();
  const [format, setFormat] = useState<'csv' | 'xlsx' | 'pdf'>('xlsx');
  const [all, setAll] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const action = useAction();

  useEffect(() => {
    if (!job || job.status !== 'running') return;
    const timer = setTimeout(() => {
      api.exports.status({ jobId: job.jobId }).then(setJob, () => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [api, job]);

  const { run } = action;
  useEffect(() => {
    if (job?.status !== 'done') return;
    void run(async () => {
      saveDownload(await api.exports.download({ jobId: job.jobId }));
    });
  }, [api, run, job?.status, job?.jobId]);

  const start = () => action.run(async () => setJob(await api.exports.kartuStok({ format, from, to, ...(all ? { all: true } : { skus: sku ? [sku] : [] }) })));
  const pct = job && job.total ? Math.floor((job.done * 100) / job.total) : job?.status === 'done' ? 100 : 0;
  return (
    <section aria-label={t('Ekspor kartu stok', 'Export stock card')} className="card">
      <h2>{t('Ekspor', 'Export')}</h2>
      <div className="grid">
        <label>
          {t('Format', 'Format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'xlsx' | 'pdf')}>
            <option value="xlsx">Excel (XLSX)</option>
            <option value="csv">CSV (Excel Indonesia)</option>
            <option value="pdf">PDF</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          {t('Semua barang (seluruh buku stok + ringkasan)', 'All products (whole ledger + summary)')}
        </label>
        <button type="button" className="primary" disabled={(!all && !sku) || job?.status === 'running'} onClick={() => void start()}>
          {t('Ekspor', 'Export')}
        </button>
      </div>
      {job && (
        <div aria-live="polite">
          <progress max={100} value={pct} aria-label={t('Kemajuan ekspor', 'Export progress')} /> {pct}% ({job.done}/{job.total})
          {job.status === 'running' && (
            <button type="button" className="small" onClick={() => void api.exports.cancel({ jobId: job.jobId }).then(setJob)}>
              {t('Batalkan ekspor', 'Cancel export')}
            </button>
          )}
          {job.status === 'done' && (
            <span className="okmsg">
              {' '}
              {t('Selesai', 'Done')}: {job.fileName}
            </span>
          )}
          {job.status === 'cancelled' && <span> {t('Dibatalkan', 'Cancelled')}</span>}
          {job.status === 'failed' && job.error && (
            <p role="alert" className="error">
              {err(new ApiError(job.error.code, job.error.params))}
            </p>
          )}
        </div>
      )}
      <ErrorBox error={action.error} />
    </section>
  );
}
