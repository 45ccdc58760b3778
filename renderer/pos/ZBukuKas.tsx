// The buku kas block of the Z report: each kas masuk / kas keluar through the drawer, already
// counted in the expected cash above it. Shown only when the shift had any.
import type { ZReport } from '../../shared/api/shifts';
import { useI18n } from '../lib/i18n';
import { rupiah } from '../lib/format';

export function ZBukuKas({ kas }: { kas: ZReport['bukuKas'] }) {
  const { t } = useI18n();
  if (kas.entries.length === 0) return null;
  return (
    <table className="z-kas" aria-label={t('Buku kas shift ini', "This shift's cash book")}>
      <thead>
        <tr>
          <th>{t('No.', 'No.')}</th>
          <th>{t('Kategori', 'Category')}</th>
          <th>{t('Catatan', 'Note')}</th>
          <th className="num">{t('Jumlah', 'Amount')}</th>
        </tr>
      </thead>
      <tbody>
        {kas.entries.map((e) => (
          <tr key={e.entryNo}>
            <td>{e.entryNo}</td>
            <td>{e.accountName}</td>
            <td>{e.note}</td>
            <td className="num">{e.direction === 'in' ? rupiah(e.amount) : `-${rupiah(e.amount)}`}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>{t('Kas masuk', 'Cash in')}</td>
          <td className="num">{rupiah(kas.masuk)}</td>
        </tr>
        <tr>
          <td colSpan={3}>{t('Kas keluar', 'Cash out')}</td>
          <td className="num">{kas.keluar ? `-${rupiah(kas.keluar)}` : rupiah(0)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
