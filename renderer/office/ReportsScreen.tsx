// Laporan: sales by day and hour as bar charts (plain SVG, printable), by category and payment
// method, margin per product, member vs non-member, stock under minimum, LPG allocation use.
import { useState } from 'react';
import { month, percent, rupiah } from '../lib/format';
import { PAY_METHOD_LABELS } from '../../shared/i18n/labels';
import { useI18n } from '../lib/i18n';
import { ErrorBox, Page, milliText, monthsAgo, todayLocal, useCall } from './officeKit';
import { DateInput } from '../lib/DateInput';

function BarChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = Math.max(24, Math.floor(720 / Math.max(bars.length, 1)));
  const h = 160;
  return (
    <figure className="chart">
      <svg role="img" aria-label={title} width={w * bars.length} height={h + 30} viewBox={`0 0 ${w * bars.length} ${h + 30}`}>
        {bars.map((b, i) => {
          const bh = Math.round((b.value / max) * h);
          return (
            <g key={b.label}>
              <title>{`${b.label}: ${rupiah(b.value)}`}</title>
              <rect x={i * w + 3} y={h - bh} width={w - 6} height={bh} fill="#c8102e" />
              <text x={i * w + w / 2} y={h + 14} fontSize="10" textAnchor="middle">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

export function ReportsScreen() {
  const { t, label } = useI18n();
  const [p, setP] = useState({ from: monthsAgo(0), to: todayLocal() });
  const deps = [p.from, p.to];
  const byDay = useCall((api) => api.reports.salesByDay(p), deps);
  const byHour = useCall((api) => api.reports.salesByHour(p), deps);
  const byCat = useCall((api) => api.reports.salesByCategory(p), deps);
  const byPay = useCall((api) => api.reports.salesByPayment(p), deps);
  const margin = useCall((api) => api.reports.margin(p), deps);
  const members = useCall((api) => api.reports.members(p), deps);
  const low = useCall((api) => api.reports.stockMinimum({ belowOnly: true }), []);
  const lpg = useCall((api) => api.reports.lpgAllocation({ fromMonth: p.from.slice(0, 7), toMonth: p.to.slice(0, 7) }), deps);
  return (
    <Page
      title={t('Laporan', 'Reports')}
      actions={
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('Cetak', 'Print')}
        </button>
      }
    >
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
      <ErrorBox error={byDay.error} />
      <BarChart title={t('Penjualan per hari', 'Sales per day')} bars={(byDay.data ?? []).map((d) => ({ label: d.date.slice(8), value: d.total }))} />
      <BarChart
        title={t('Penjualan per jam (WITA)', 'Sales per hour (WITA)')}
        bars={(byHour.data ?? []).map((d) => ({ label: String(d.hour), value: d.total }))}
      />
      <div className="cols">
        <table aria-label={t('Per kategori', 'By category')}>
          <caption>{t('Per kategori', 'By category')}</caption>
          <tbody>
            {(byCat.data ?? []).map((c) => (
              <tr key={c.categoryName}>
                <td>{c.categoryName}</td>
                <td className="num">{rupiah(c.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label={t('Per cara bayar', 'By payment method')}>
          <caption>{t('Per cara bayar', 'By payment method')}</caption>
          <tbody>
            {(byPay.data ?? []).map((c) => (
              <tr key={c.method}>
                <td>{label(PAY_METHOD_LABELS, c.method)}</td>
                <td className="num">{c.payments}</td>
                <td className="num">{rupiah(c.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label={t('Anggota dan bukan anggota', 'Members and non-members')}>
          <caption>{t('Anggota / bukan anggota', 'Member / non-member')}</caption>
          <tbody>
            {(members.data ?? []).map((m) => (
              <tr key={m.group}>
                <td>{m.group === 'member' ? t('Anggota', 'Member') : t('Bukan anggota', 'Non-member')}</td>
                <td className="num">{m.sales}</td>
                <td className="num">{rupiah(m.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table aria-label={t('Margin per barang', 'Margin per product')}>
        <caption>{t('Margin per barang', 'Margin per product')}</caption>
        <thead>
          <tr>
            <th>{t('Barang', 'Product')}</th>
            <th className="num">{t('Penjualan', 'Revenue')}</th>
            <th className="num">HPP</th>
            <th className="num">{t('Margin', 'Margin')}</th>
            <th className="num">%</th>
          </tr>
        </thead>
        <tbody>
          {(margin.data ?? []).map((m) => (
            <tr key={m.sku}>
              <td>
                {m.sku} · {m.name}
              </td>
              <td className="num">{rupiah(m.revenue)}</td>
              <td className="num">{rupiah(m.cost)}</td>
              <td className="num">{rupiah(m.margin)}</td>
              <td className="num">{m.marginPct === null ? '' : percent(m.marginPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label={t('Stok di bawah minimum', 'Stock below minimum')}>
        <caption>{t('Stok di bawah minimum', 'Stock below minimum')}</caption>
        <tbody>
          {(low.data ?? []).map((s) => (
            <tr key={s.sku}>
              <td>
                {s.sku} · {s.name}
              </td>
              <td className="num">
                {milliText(s.qtyMilli)} / {milliText(s.minStockMilli)} {s.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label={t('Pemakaian alokasi LPG 3 kg', 'LPG 3 kg allocation use')}>
        <caption>{t('Alokasi LPG 3 kg', 'LPG 3 kg allocation')}</caption>
        <thead>
          <tr>
            <th>{t('Bulan', 'Month')}</th>
            <th className="num">{t('Alokasi', 'Allocation')}</th>
            <th className="num">{t('Diterima', 'Received')}</th>
            <th className="num">{t('Terjual', 'Sold')}</th>
            <th className="num">%</th>
          </tr>
        </thead>
        <tbody>
          {(lpg.data ?? []).map((m) => (
            <tr key={m.month}>
              <td>{month(m.month)}</td>
              <td className="num">{m.allocation}</td>
              <td className="num">{m.received}</td>
              <td className="num">{m.sold}</td>
              <td className="num">{percent(m.usedPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
