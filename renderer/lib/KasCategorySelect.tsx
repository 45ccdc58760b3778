// The buku kas category (a pendapatan or beban account), as the counter's Alt+K dialog and the
// office's kas kecil both ask for it.
import type { MethodOutput } from '../../shared/api';
import { useI18n } from './i18n';

type Category = MethodOutput<'kas.form'>['categories'][number];

export function KasCategorySelect(props: { value: string; onChange(code: string): void; categories: readonly Category[] | undefined }) {
  const { t } = useI18n();
  return (
    <label>
      {t('Kategori', 'Category')}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} required>
        <option value="">{t('— pilih —', '— choose —')}</option>
        {props.categories?.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code} {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
