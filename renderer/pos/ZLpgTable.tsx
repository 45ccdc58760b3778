// The LPG 3 kg block of the Z report on screen: tabung sold, empties in, and what is still to be
// recorded in Pertamina's Merchant Apps (MAP) before the day can close.
import type { ZLpg } from '../../shared/api/shifts';
import { formatCount } from '../../shared/money';
import { useI18n } from '../lib/i18n';

export function ZLpgTable({ lpg }: { lpg: ZLpg }) {
  const { t } = useI18n();
  const rows: [string, number, boolean][] = [
    [t('Tabung terjual', 'Cylinders sold'), lpg.tabungSold, false],
    [t('Tabung kosong masuk', 'Empties taken in'), lpg.emptiesIn, false],
    [t('Belum dicatat di MAP', 'Not yet recorded in MAP'), lpg.mapPending, lpg.mapPending > 0],
    [t('Ditolak MAP', 'Rejected by MAP'), lpg.mapRejected, lpg.mapRejected > 0],
  ];
  return (
    <table className="z-lpg" aria-label={t('LPG 3 kg di shift ini', 'LPG 3 kg in this shift')}>
      <tbody>
        <tr>
          <th colSpan={2}>{t('LPG 3 kg (tabung)', 'LPG 3 kg (cylinders)')}</th>
        </tr>
        {rows.map(([label, n, warn]) => (
          <tr key={label} className={warn ? 'warning' : undefined}>
            <td>{label}</td>
            <td className="num">{formatCount(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
