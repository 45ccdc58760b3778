// The wizard's small pieces: a labelled field with its hint, and a step's Back/Next row.
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

export function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label>
      {label}
      {children}
      {hint && <small className="muted">{hint}</small>}
    </label>
  );
}

export function StepActions({ back, next, disabled = false }: { back: () => void; next: string; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <p className="modal-actions">
      <button type="button" onClick={back}>
        {t('Kembali', 'Back')}
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {next}
      </button>
    </p>
  );
}
