// F3, or a weighed product without a weight label: type the quantity (pieces) or the weight (kg).
import { useState, type FormEvent } from 'react';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { qty, rupiah } from '../lib/format';
import { lineTotal } from '../../shared/money';
import { parsePieces, parseWeight } from './cartOps';
import { DialogActions } from './DialogActions';

export function QtyDialog(props: {
  name: string;
  soldBy: 'piece' | 'weight';
  unitPrice: number;
  current: number | null;
  onDone(qtyMilli: number): void;
  onClose(): void;
}) {
  const { t, err } = useI18n();
  const weight = props.soldBy === 'weight';
  const [text, setText] = useState(props.current ? qty(props.current, props.soldBy) : '');
  const [error, setError] = useState<string | null>(null);
  const parsed = weight ? parseWeight(text) : parsePieces(text);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (parsed === null) return setError(err({ code: weight ? 'WEIGHT_INVALID' : 'QTY_INVALID' }));
    props.onDone(parsed);
  }

  return (
    <Modal title={weight ? t('Berat barang', 'Weight') : t('Ubah jumlah', 'Change quantity')} onClose={props.onClose}>
      <form onSubmit={submit}>
        <p className="big-name">{props.name}</p>
        <label>
          {weight ? t('Berat (kg), mis. 1,25 atau 750g', 'Weight (kg), e.g. 1.25 or 750g') : t('Jumlah', 'Quantity')}
          <input
            data-autofocus
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onFocus={(e) => e.target.select()}
            className="amount-input"
          />
        </label>
        <p className="muted" aria-live="polite">
          {parsed !== null
            ? `${qty(parsed, props.soldBy)} ${weight ? 'kg' : ''} × ${rupiah(props.unitPrice)} = ${rupiah(lineTotal(props.unitPrice, parsed))}`
            : '\u00a0'}
        </p>
        <DialogActions error={error} onCancel={props.onClose} submitLabel={t('Simpan', 'Save')} />
      </form>
    </Modal>
  );
}
