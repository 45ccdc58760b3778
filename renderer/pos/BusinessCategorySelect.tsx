// The usaha mikro's business category, chosen from the list the manager keeps. A prohibited one is
// marked so the kasir knows before sending; the host refuses it anyway (lpg/buyers.ts).
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';

type Categories = MethodOutput<'lpg.businessCategories.list'>;

export function BusinessCategorySelect({ value, onChange }: { value: string; onChange(code: string): void }) {
  const api = useApi();
  const { t } = useI18n();
  const [list, setList] = useState<Categories>([]);
  useEffect(() => {
    let live = true;
    void api.lpg.businessCategories.list({}).then(
      (l) => live && setList(l),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <label>
      {t('Kategori usaha', 'Business category')}
      <select required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('— pilih —', '— choose —')}</option>
        {list.map((c) => (
          <option key={c.code} value={c.code}>
            {c.prohibited ? `${c.name} (${t('dilarang', 'prohibited')})` : c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
