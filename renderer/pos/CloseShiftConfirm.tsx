// The last step before a shift closes (it cannot be reopened): expected, counted and the
// difference once more, with "back to counting" focused so a stray Enter never closes it.
import type { ReactNode } from 'react';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { rupiah } from '../lib/format';

export function CloseShiftConfirm(props: {
  expected: number | null;
  counted: number;
  busy: boolean;
  error: string | null;
  /** What else the close needs (the manajer's approval over unsent sales), above the buttons. */
  children?: ReactNode;
  onConfirm(): void;
  onBack(): void;
}) {
  const { t } = useI18n();
  const { expected, counted } = props;
  const difference = expected === null ? null : counted - expected;
  const figure = (label: string, value: number | null) => (
    <p className="figure">
      <span>{label}</span>
      <strong aria-label={label}>{value === null ? '…' : rupiah(value)}</strong>
    </p>
  );
  return (
    <Modal title={t('Tutup shift — periksa sebelum menutup', 'Close shift — check before closing')} onClose={props.onBack}>
      <p>{t('Shift yang sudah ditutup tidak bisa dibuka lagi. Periksa hitungan ini:', 'A closed shift cannot be reopened. Check this count:')}</p>
      {figure(t('Seharusnya di laci', 'Expected in drawer'), expected)}
      {figure(t('Dihitung', 'Counted'), counted)}
      {figure(t('Selisih', 'Difference'), difference)}
      {difference !== null && difference !== 0 && (
        <p className="warning" role="status">
          {difference < 0
            ? t(`Uang di laci kurang ${rupiah(-difference)}.`, `The drawer is ${rupiah(-difference)} short.`)
            : t(`Uang di laci lebih ${rupiah(difference)}.`, `The drawer is ${rupiah(difference)} over.`)}
        </p>
      )}
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
      {props.children}
      <div className="modal-actions">
        <button type="button" data-autofocus onClick={props.onBack}>
          <kbd>Esc</kbd>
          {t('Kembali menghitung', 'Back to counting')}
        </button>
        <button type="button" className="primary big" disabled={props.busy || expected === null} onClick={props.onConfirm}>
          {t('Ya, tutup shift & cetak laporan Z', 'Yes, close shift & print Z report')}
        </button>
      </div>
    </Modal>
  );
}
