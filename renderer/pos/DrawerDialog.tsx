// Alt+L: open the cash drawer without a sale; the reason goes into the audit log.
import { useState, type FormEvent } from 'react';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { DialogActions } from './DialogActions';

export function DrawerDialog(props: { onDone(message: string): void; onClose(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await api.drawer.open({ reason: reason.trim() });
      props.onDone(t('Laci kas dibuka.', 'Cash drawer opened.'));
    } catch (caught) {
      setError(err(caught));
    }
  }

  return (
    <Modal title={t('Buka laci kas', 'Open cash drawer')} onClose={props.onClose}>
      <form onSubmit={submit}>
        <label>
          {t('Alasan (dicatat)', 'Reason (recorded)')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} required placeholder={t('mis. tukar uang kecil', 'e.g. change for small notes')} />
        </label>
        <DialogActions error={error} onCancel={props.onClose} submitLabel={t('Buka laci', 'Open drawer')} />
      </form>
    </Modal>
  );
}
