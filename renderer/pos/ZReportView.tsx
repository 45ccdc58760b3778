// The Z report on screen, laid out like the printed one: sales by payment method, voids, returns,
// expected against counted cash, and the LPG 3 kg tally (ZLpgTable).
import type { ZReport } from '../../shared/api/shifts';
import { useI18n } from '../lib/i18n';
import { date, dateTime, rupiah } from '../lib/format';
import { ZBukuKas } from './ZBukuKas';
import { ZAnchorNote } from './ZAnchorNote';
import { ZLpgTable } from './ZLpgTable';

/** An amount taken off: `-Rp5.000`, or `Rp0` when nothing was. */
function minus(amount: number): string {
  return amount ? `-${rupiah(amount)}` : rupiah(0);
}

export function ZReportView({ report }: { report: ZReport }) {
  const { t } = useI18n();
  const m = report.sales.byMethod;
  const rows: [string, number][] = [
    [t('Tunai (bersih)', 'Cash (net)'), m.cash],
    ['QRIS', m.qris],
    [t('Transfer', 'Transfer'), m.transfer],
  ];
  return (
    <section className="zreport" aria-label={t('Laporan Z', 'Z report')}>
      <p>
        <strong>{report.outletName}</strong> ({report.outletCode}) · {t('Terminal', 'Terminal')} {report.terminal} · {date(report.businessDate)}
      </p>
      <p className="muted">
        {t('Dibuka', 'Opened')} {dateTime(report.openedAt)} {t('oleh', 'by')} {report.openedBy.displayName}
        {report.closedAt ? ` · ${t('ditutup', 'closed')} ${dateTime(report.closedAt)}` : ''}
      </p>
      <div className="z-cols">
        <table>
          <tbody>
            <tr>
              <th colSpan={2}>{t('Penjualan', 'Sales')}</th>
            </tr>
            <tr>
              <td>{t('Jumlah transaksi', 'Number of sales')}</td>
              <td className="num">{report.sales.count}</td>
            </tr>
            <tr>
              <td>{t('Total penjualan', 'Sales total')}</td>
              <td className="num">{rupiah(report.sales.total)}</td>
            </tr>
            {rows.map(([label, amount]) => (
              <tr key={label}>
                <td>{label}</td>
                <td className="num">{rupiah(amount)}</td>
              </tr>
            ))}
            <tr>
              <td>
                {t('Batal (void)', 'Voids')} ({report.voids.count})
              </td>
              <td className="num">{minus(report.voids.total)}</td>
            </tr>
            <tr>
              <td>
                {t('Retur', 'Returns')} ({report.returns.count})
              </td>
              <td className="num">{minus(report.returns.total)}</td>
            </tr>
            <tr className="strong">
              <td>{t('Penjualan bersih', 'Net sales')}</td>
              <td className="num">{rupiah(report.netSales)}</td>
            </tr>
            <tr>
              <td>{t('Pembulatan', 'Rounding')}</td>
              <td className="num">{rupiah(report.rounding.net)}</td>
            </tr>
          </tbody>
        </table>
        <table>
          <tbody>
            <tr>
              <th colSpan={2}>{t('Kas', 'Cash')}</th>
            </tr>
            <tr>
              <td>{t('Modal awal', 'Opening float')}</td>
              <td className="num">{rupiah(report.cash.openingFloat)}</td>
            </tr>
            <tr>
              <td>{t('Tunai diterima', 'Cash tendered')}</td>
              <td className="num">{rupiah(report.cash.cashTendered)}</td>
            </tr>
            <tr>
              <td>{t('Kembalian', 'Change given')}</td>
              <td className="num">{minus(report.cash.changeGiven)}</td>
            </tr>
            <tr>
              <td>{t('Pengembalian uang', 'Cash refunds')}</td>
              <td className="num">{minus(report.cash.cashRefunds)}</td>
            </tr>
            <tr className="strong">
              <td>{t('Seharusnya', 'Expected')}</td>
              <td className="num">{rupiah(report.cash.expected)}</td>
            </tr>
            <tr>
              <td>{t('Dihitung', 'Counted')}</td>
              <td className="num">{report.cash.counted === null ? '—' : rupiah(report.cash.counted)}</td>
            </tr>
            <tr className="strong">
              <td>{t('Selisih', 'Difference')}</td>
              <td className="num">{report.cash.difference === null ? '—' : rupiah(report.cash.difference)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <ZBukuKas kas={report.bukuKas} />
      <ZLpgTable lpg={report.lpg} />
      {report.sales.firstReceiptNo && (
        <p className="muted">
          {t('Struk', 'Receipts')} {report.sales.firstReceiptNo} – {report.sales.lastReceiptNo}
        </p>
      )}
      <ZAnchorNote anchor={report.anchor} />
    </section>
  );
}
