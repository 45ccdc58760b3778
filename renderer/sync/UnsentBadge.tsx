// The top bar's line about the pusat: how many sales (or other facts) it has not acknowledged and
// since when. Nothing shows while everything is acknowledged or no central URL is set.
import type { SyncUnsent } from '../../shared/api/sync';
import { dateTime } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { isWaiting } from './useUnsent';

export function unsentText(u: SyncUnsent & { since: string }, t: (id: string, en: string) => string): string {
  const since = dateTime(u.since);
  return u.sales > 0
    ? t(`${u.sales} penjualan belum diterima pusat sejak ${since}`, `${u.sales} sale(s) not yet received by the pusat since ${since}`)
    : t(`${u.pending} data belum diterima pusat sejak ${since}`, `${u.pending} record(s) not yet received by the pusat since ${since}`);
}

export function UnsentBadge({ unsent }: { unsent: SyncUnsent | null }) {
  const { t } = useI18n();
  if (!isWaiting(unsent)) return null;
  return (
    <span className="pill warn" role="status" aria-label={t('Belum diterima pusat', 'Not yet at the pusat')}>
      ⏳ {unsentText(unsent, t)}
    </span>
  );
}
