// The foot of a cashier dialog's form: the error in words, then "back out" and "do it". The key
// hints (Esc, Enter) show where the dialog's keys really do that.
import type { ReactNode, Ref } from 'react';
import { FormError } from '../lib/FormError';
import { useI18n } from '../lib/i18n';

export function DialogActions({
  submitRef,
  ...props
}: {
  error?: string | null;
  onCancel(): void;
  /** Defaults to "Batal" with the Esc hint. */
  cancelLabel?: string;
  submitLabel: ReactNode;
  submitDisabled?: boolean;
  /** Off where Esc/Enter do something else in that step. */
  keyHints?: { cancel: boolean; submit: boolean };
  big?: boolean;
  submitRef?: Ref<HTMLButtonElement>;
}) {
  const { t } = useI18n();
  const hints = props.keyHints ?? { cancel: true, submit: true };
  return (
    <>
      <FormError error={props.error ?? null} />
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {hints.cancel && <kbd>Esc</kbd>}
          {props.cancelLabel ?? t('Batal', 'Cancel')}
        </button>
        <button ref={submitRef} type="submit" className={props.big ? 'primary big' : 'primary'} disabled={props.submitDisabled}>
          {hints.submit && <kbd>Enter</kbd>}
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
