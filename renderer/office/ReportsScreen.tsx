// Laporan: headline figures (omzet, transaksi, rata-rata keranjang, margin) for a period of
// business days in WITA, quick ranges, sales per day and per hour as echarts bar charts, and the
// tables below; the print stylesheet prints all of it, charts included.
import { useMemo, useState } from 'react';
import { quickRange, type QuickRange } from '../../shared/reportRanges';
import { date, percent, rupiah } from '../lib/format';
import { DateInput } from '../lib/DateInput';
import { useI18n } from '../lib/i18n';
import { BarChart } from './BarChart';
import { ReportsTables } from './ReportsTables';
import { ErrorBox, Page, todayLocal, useCall } from './officeKit';

const RANGES: { range: QuickRange; id: string; en: string }[] = [
  { range: 'today', id: 'Hari ini', en: 'Today' },
  { range: 'yesterday', id: 'Kemarin', en: 'Yesterday' },
  { range: 'week', id: '7 hari', en: '7 days' },
  { range: 'month', id: 'Bulan ini', en: 'This month' },
];

export function ReportsScreen() {
  const { t } = useI18n();
  const [p, setP] = useState(() => quickRange('month', todayLocal()));
  const deps = [p.from, p.to];
  const head = useCall((api) => api.reports.headline(p), deps);
  const byDay = useCall((api) => api.reports.salesByDay(p), deps);
  const byHour = useCall((api) => api.reports.salesByHour(p), deps);
  const dayBars = useMemo(() => (byDay.data ?? []).map((d) => ({ label: `${d.date.slice(8)}/${d.date.slice(5, 7)}`, value: d.total })), [byDay.data]);
  const hourBars = useMemo(() => (byHour.data ?? []).map((d) => ({ label: String(d.hour).padStart(2, '0'), value: d.total })), [byHour.data]);
  const h = head.data;
  const active = RANGES.find((r) => {
    const q = quickRange(r.range, todayLocal());
    return q.from === p.from && q.to === p.to;
  })?.range;
  return (
    <Page
      title={t('Laporan', 'Reports')}
      actions={
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('Cetak', 'Print')}
        </button>
      }
    >
      <div className="quick no-print" role="group" aria-label={t('Rentang cepat', 'Quick ranges')}>
        {RANGES.map((r) => (
          <button key={r.range} type="button" aria-pressed={active === r.range} onClick={() => setP(quickRange(r.range, todayLocal()))}>
            {t(r.id, r.en)}
          </button>
        ))}
      </div>
      <div className="grid no-print">
        <label>
          {t('Dari tanggal', 'From date')}
          <DateInput value={p.from} onChange={(from) => setP({ ...p, from })} />
        </label>
        <label>
          {t('Sampai tanggal', 'To date')}
          <DateInput value={p.to} onChange={(to) => setP({ ...p, to })} />
        </label>
      </div>
      <p className="print-only">
        {t('Periode', 'Period')} {date(p.from)} – {date(p.to)} (WITA)
      </p>
      <ErrorBox error={head.error ?? byDay.error} />
      <dl className="headline" aria-label={t('Angka utama', 'Headline figures')}>
        <Figure label={t('Omzet', 'Turnover')} value={h ? rupiah(h.omzet) : '…'} />
        <Figure label={t('Transaksi', 'Transactions')} value={h ? h.transactions.toLocaleString('id-ID') : '…'} />
        <Figure label={t('Rata-rata keranjang', 'Average basket')} value={h ? rupiah(h.averageBasket) : '…'} />
        <Figure label={t('Margin', 'Margin')} value={h ? `${rupiah(h.margin)}${h.marginPct ? ` (${percent(h.marginPct)})` : ''}` : '…'} />
      </dl>
      <BarChart
        title={t('Penjualan per hari', 'Sales per day')}
        xName={t('Tanggal', 'Date')}
        yName={t('Omzet (Rp)', 'Turnover (Rp)')}
        bars={dayBars}
        format={rupiah}
      />
      <BarChart
        title={t('Penjualan per jam (WITA)', 'Sales per hour (WITA)')}
        xName={t('Jam', 'Hour')}
        yName={t('Omzet (Rp)', 'Turnover (Rp)')}
        bars={hourBars}
        format={rupiah}
      />
      <ReportsTables p={p} />
    </Page>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd aria-label={label}>{value}</dd>
    </div>
  );
}
