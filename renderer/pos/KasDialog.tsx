// Alt+K: kas masuk / kas keluar through this shift's drawer (buku kas), with a category, a note and
// an optional photo of the nota. Enter only moves to the next field and never saves: a barcode
// scanned into the dialog ends with Enter and must not record money. Saving is the button or Ctrl+Enter.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NOTA_PHOTO_MAX_BYTES, NOTA_PHOTO_TYPES, type NotaPhotoType } from '../../shared/books/kas';
import { uuidv7 } from '../../shared/ids';
import type { MethodOutput } from '../../shared/api';
import { Modal } from '../lib/Modal';
import { rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { KasCategorySelect } from '../lib/KasCategorySelect';
import { useApi } from '../lib/session';
import { ApprovalFields, NO_APPROVAL, type Approval } from './ApprovalFields';
import { isProductBarcode } from './SignerFields';

type Form = MethodOutput<'kas.form'>;
type Photo = { mime: NotaPhotoType; base64: string; name: string };

async function readPhoto(file: File): Promise<Photo | 'type' | 'size'> {
  if (!(NOTA_PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > NOTA_PHOTO_MAX_BYTES) return 'size';
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mime: file.type as NotaPhotoType, base64: btoa(binary), name: file.name };
}

export function KasDialog(props: { shiftId: string; onDone(message: string): void; onClose(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [form, setForm] = useState<Form | null>(null);
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [accountCode, setAccountCode] = useState('');
  const [amountText, setAmountText] = useState('');
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [approver, setApprover] = useState<Approval>(NO_APPROVAL);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per dialog: a save retried after a lost answer records once.
  const id = useRef(uuidv7());
  const box = useRef<HTMLFormElement>(null);

  useEffect(() => {
    api.kas.form({ place: 'counter' }).then(setForm, (e: unknown) => setError(err(e)));
  }, [api, err]);

  const amount = /^\d+$/.test(amountText) ? Number(amountText) : 0;
  const needsPin = form !== null && amount > form.pinThreshold;

  async function save() {
    if (busy) return;
    if (!accountCode || amount <= 0 || !note.trim()) {
      setError(t('Isi kategori, jumlah dan catatan dulu.', 'Fill in the category, amount and note first.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const e = await api.kas.record({
        id: id.current,
        direction,
        place: 'counter',
        shiftId: props.shiftId,
        accountCode,
        amount,
        note: note.trim(),
        // Without both fields the host answers that a supervisor PIN is needed, in its own words.
        ...(needsPin && approver.username && approver.pin ? { approval: approver } : {}),
        ...(photo ? { photo: { mime: photo.mime, base64: photo.base64 } } : {}),
      });
      props.onDone(
        direction === 'out'
          ? t(`Kas keluar ${rupiah(e.amount)} dicatat (${e.entryNo}).`, `Cash out ${rupiah(e.amount)} recorded (${e.entryNo}).`)
          : t(`Kas masuk ${rupiah(e.amount)} dicatat (${e.entryNo}).`, `Cash in ${rupiah(e.amount)} recorded (${e.entryNo}).`),
      );
    } catch (caught) {
      setError(err(caught));
    } finally {
      setBusy(false);
    }
  }

  /** Enter moves on (a scanner's Enter included); Ctrl+Enter saves. */
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (e.ctrlKey) return void save();
    const fields = Array.from(box.current?.querySelectorAll<HTMLElement>('input, select') ?? []);
    const at = fields.indexOf(document.activeElement as HTMLElement);
    fields[at + 1]?.focus();
  }

  /**
   * A product barcode typed into the amount is not money: it is refused and the field cleared.
   * The same test as every counter field (12–14 digits): an 8-digit amount such as Rp10.000.007
   * is money even when its digits happen to end in a valid EAN-8 check digit.
   */
  function onAmount(text: string) {
    const digits = text.replace(/\D/g, '');
    if (isProductBarcode(digits)) {
      setAmountText('');
      setError(t('Itu barcode barang, bukan jumlah uang. Ketik jumlahnya.', 'That is a product barcode, not an amount. Type the amount.'));
      return;
    }
    setAmountText(digits);
  }

  async function onPhoto(file: File | undefined) {
    if (!file) return setPhoto(null);
    const read = await readPhoto(file);
    if (read === 'type') return setError(err({ code: 'KAS_PHOTO_TYPE', params: { mime: file.type || file.name } }));
    if (read === 'size') return setError(err({ code: 'KAS_PHOTO_TOO_LARGE', params: { maxKb: NOTA_PHOTO_MAX_BYTES / 1024 } }));
    setError(null);
    setPhoto(read);
  }

  return (
    <Modal title={t('Buku kas — kas masuk / keluar', 'Cash book — cash in / out')} onClose={props.onClose} onKeyDown={onKeyDown}>
      <form ref={box} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="choice">
          <legend>{t('Jenis', 'Type')}</legend>
          <label>
            <input type="radio" name="kas-direction" checked={direction === 'out'} onChange={() => setDirection('out')} data-autofocus />
            {t('Kas keluar', 'Cash out')}
          </label>
          <label>
            <input type="radio" name="kas-direction" checked={direction === 'in'} onChange={() => setDirection('in')} />
            {t('Kas masuk', 'Cash in')}
          </label>
        </fieldset>
        <KasCategorySelect value={accountCode} onChange={setAccountCode} categories={form?.categories} />
        <label>
          {t('Jumlah (Rp)', 'Amount (Rp)')}
          <input inputMode="numeric" autoComplete="off" value={amountText} onChange={(e) => onAmount(e.target.value)} required />
        </label>
        <label>
          {t('Catatan', 'Note')}
          <input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={200}
            required
            placeholder={t('mis. beli kantong plastik', 'e.g. plastic bags')}
          />
        </label>
        <label>
          {t('Foto nota (opsional)', 'Receipt photo (optional)')}
          <input type="file" accept={NOTA_PHOTO_TYPES.join(',')} onChange={(e) => void onPhoto(e.target.files?.[0])} />
        </label>
        {needsPin && (
          <ApprovalFields
            value={approver}
            onChange={setApprover}
            legend={t(`Di atas ${rupiah(form.pinThreshold)}: perlu PIN supervisor`, `Above ${rupiah(form.pinThreshold)}: supervisor PIN needed`)}
          />
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>
            <kbd>Esc</kbd>
            {t('Batal', 'Cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || form === null} onClick={() => void save()}>
            <kbd>Ctrl+Enter</kbd>
            {t('Simpan', 'Save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
