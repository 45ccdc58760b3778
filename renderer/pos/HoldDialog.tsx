// F7: park the cart under a name or a note, so the kasir finds it again among several ("Bu Rina",
// "ambil dompet"). Empty is allowed: Enter right away holds it as before, under its first item.
import { useState, type FormEvent } from 'react';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';

export function HoldDialog(props: { suggestion: string; onHold(label: string): void; onClose(): void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState(props.suggestion);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onHold(label);
  };
  return (
    <Modal title={t('Tahan keranjang', 'Hold the cart')} onClose={props.onClose}>
      <form onSubmit={submit}>
        <label>
          {t('Nama pembeli atau catatan (boleh kosong)', "Buyer's name or a note (may be empty)")}
          <input data-autofocus value={label} maxLength={60} autoComplete="off" onChange={(e) => setLabel(e.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>
            <kbd>Esc</kbd>
            {t('Batal', 'Cancel')}
          </button>
          <button type="submit" className="primary">
            <kbd>Enter</kbd>
            {t('Tahan', 'Hold')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
