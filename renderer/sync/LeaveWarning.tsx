// Before the kasir logs out (or closes the shift) while the pusat has not acknowledged everything:
// say so, offer to send now and wait, or go on anyway. The data is safe on this PC either way; what
// is at stake is that the pusat (and the pendamping) do not see it yet.
import { useState } from 'react';
import type { SyncUnsent } from '../../shared/api/sync';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { unsentText } from './UnsentBadge';
import { isWaiting } from './useUnsent';

export function LeaveWarning(props: { unsent: SyncUnsent; proceedLabel: string; onSent(u: SyncUnsent): void; onProceed(): void; onStay(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const waiting = isWaiting(props.unsent);

  async function sendNow() {
    setBusy(true);
    setResult(null);
    try {
      const r = await api.sync.sendNow({});
      props.onSent(r.unsent);
      if (r.error) setResult(err(r.error));
      else if (!isWaiting(r.unsent)) setResult(t('Semua data sudah diterima pusat.', 'Everything has reached the pusat.'));
    } catch (e) {
      setResult(err(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('Data belum diterima pusat', 'Not yet at the pusat')} onClose={props.onStay}>
      {waiting ? (
        <p className="warning">
          {unsentText(props.unsent as SyncUnsent & { since: string }, t)}.{' '}
          {t(
            'Data tetap aman di komputer ini, tetapi pusat belum melihatnya. Kirim sekarang lalu tunggu, atau lanjutkan.',
            'The data is safe on this PC, but the pusat cannot see it yet. Send now and wait, or go on.',
          )}
        </p>
      ) : (
        <p>{t('Tidak ada lagi yang menunggu pusat.', 'Nothing is waiting for the pusat any more.')}</p>
      )}
      {result && (
        <p role="status" className="muted">
          {result}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" data-autofocus onClick={props.onStay}>
          <kbd>Esc</kbd>
          {t('Tunggu dulu', 'Wait')}
        </button>
        <button type="button" disabled={busy || !waiting} onClick={() => void sendNow()}>
          {busy ? t('Mengirim…', 'Sending…') : t('Kirim sekarang', 'Send now')}
        </button>
        <button type="button" className="primary" onClick={props.onProceed}>
          {props.proceedLabel}
        </button>
      </div>
    </Modal>
  );
}
