// The tables of Laporan for a period: by category, by payment method, members against
// non-members, margin per product, stock under its minimum and LPG 3 kg allocation use.
import { month, percent, rupiah } from '../lib/format';
import { PAY_METHOD_LABELS } from '../../shared/i18n/labels';
import { useI18n } from '../lib/i18n';
import { milliText, useCall } from './officeKit';

export function ReportsTables({ p }: { p: { from: string; to: string } }) {
  const { t, label } = useI18n();
  const deps = [p.from, p.to];
  const byCat = useCall((api) => api.reports.salesByCategory(p), deps);
  const byPay = useCall((api) => api.reports.salesByPayment(p), deps);
  const margin = useCall((api) => api.reports.margin(p), deps);
  const members = useCall((api) => api.reports.members(p), deps);
  const low = useCall((api) => api.reports.stockMinimum({ belowOnly: true }), []);
  const lpg = useCall((api) => api.reports.lpgAllocation({ fromMonth: p.from.slice(0, 7), toMonth: p.to.slice(0, 7) }), deps);
  return (
    <>
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
            {(byPay.data?.rows ?? []).map((c) => (
              <tr key={c.method}>
                <td>{label(PAY_METHOD_LABELS, c.method)}</td>
                <td className="num">{c.payments}</td>
                <td className="num">{rupiah(c.total)}</td>
              </tr>
            ))}
          </tbody>
          {byPay.data && (
            // Read like the struk: the goods sold, the pembulatan cash carried, the money above.
            <tfoot>
              <tr>
                <th scope="row">{t('Jumlah penjualan', 'Sales total')}</th>
                <td />
                <td className="num">{rupiah(byPay.data.salesTotal)}</td>
              </tr>
              {byPay.data.rounding !== 0 && (
                <tr>
                  <th scope="row">{t('Pembulatan tunai', 'Cash rounding')}</th>
                  <td />
                  <td className="num">{rupiah(byPay.data.rounding)}</td>
                </tr>
              )}
              <tr>
                <th scope="row">{t('Uang diterima', 'Money received')}</th>
                <td />
                <td className="num">{rupiah(byPay.data.received)}</td>
              </tr>
            </tfoot>
          )}
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
    </>
  );
}
