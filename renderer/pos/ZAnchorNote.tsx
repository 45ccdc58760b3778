// The Z report's anchor on screen, as on paper: the line to type into `kkmp verify --anchor` and
// the day's receipt count. Its own block so the report's other lines can change around it.
import type { ZAnchor } from '../../shared/journal/zAnchor';
import { useI18n } from '../lib/i18n';

export function ZAnchorNote({ anchor }: { anchor: ZAnchor }) {
  const { t } = useI18n();
  return (
    <p className="muted z-anchor" aria-label={t('Jangkar jurnal', 'Journal anchor')}>
      {t('Jangkar jurnal', 'Journal anchor')}: <code>{anchor.code}</code> · {t('Struk hari ini', "Today's receipts")}: {anchor.receiptCount}
    </p>
  );
}
