// The F-key bar along the bottom of the counter: every key a normal sale needs, also clickable.
import { useI18n } from '../lib/i18n';
import type { PosAction } from './usePosKeys';

export function FunctionKeyBar({ actions }: { actions: Record<string, PosAction> }) {
  const { t } = useI18n();
  return (
    <nav className="fkeys" aria-label={t('Tombol fungsi', 'Function keys')}>
      {Object.entries(actions).map(([key, a]) => (
        <button key={key} type="button" onClick={a.run} disabled={a.disabled} className={key === 'F10' ? 'primary' : undefined}>
          <kbd>{key}</kbd>
          {a.label}
        </button>
      ))}
    </nav>
  );
}
