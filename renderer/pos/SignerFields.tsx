// The user name and PIN of the person who signs off a step at the counter (a supervisor for a soft
// rule, a void, a return or a large buku kas entry; a manajer closing over unsent sales). Every
// such pair on the counter is this component, so a barcode scanned into either field is handled
// once for all of them: a PIN has at most 8 digits (shared/api/common.ts), so 12-14 digits with a
// valid GTIN check digit are an item for the cart, never a PIN try the core would count against
// the signer. The scan lands in the field as typing when the wedge detector leaves it there (a
// dialog that reads its own input) or when a loaded machine slows the burst down.
import { createContext, useContext, useState, type KeyboardEvent } from 'react';
import { parseScan } from '../../shared/barcode';
import { useI18n } from '../lib/i18n';

export interface Signer {
  username: string;
  pin: string;
}

/** Puts a code into the cart; given by the counter around its dialogs (PosScreen). */
export const ScanToCart = createContext<((code: string) => void) | null>(null);

export const isProductBarcode = (text: string) => /^\d{12,14}$/.test(text) && parseScan(text).kind === 'gtin';

export function SignerFields<T extends Signer>({
  value,
  onChange,
  nameLabel,
  pinLabel,
  required,
}: {
  value: T;
  onChange(next: T): void;
  nameLabel: string;
  pinLabel: string;
  required?: boolean;
}) {
  const { t } = useI18n();
  const toCart = useContext(ScanToCart);
  const [scanned, setScanned] = useState<string | null>(null);

  /** Enter after a product code: the code goes to the cart and the field is emptied, nothing is sent. */
  const onEnter = (field: keyof Signer) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !toCart) return;
    const code = e.currentTarget.value.trim();
    if (!isProductBarcode(code)) return;
    e.preventDefault();
    e.stopPropagation();
    onChange({ ...value, [field]: '' });
    setScanned(code);
    toCart(code);
  };

  return (
    <>
      <label>
        {nameLabel}
        <input
          value={value.username}
          onChange={(e) => onChange({ ...value, username: e.target.value })}
          onKeyDown={onEnter('username')}
          autoComplete="off"
          required={required}
        />
      </label>
      <label>
        {pinLabel}
        <input
          type="password"
          inputMode="numeric"
          value={value.pin}
          onChange={(e) => onChange({ ...value, pin: e.target.value.replace(/\D/g, '') })}
          onKeyDown={onEnter('pin')}
          autoComplete="off"
          required={required}
        />
      </label>
      {scanned && (
        <p role="status" className="muted">
          {t(`Barcode ${scanned} masuk keranjang, bukan sebagai PIN.`, `Barcode ${scanned} went into the cart, not in as a PIN.`)}
        </p>
      )}
    </>
  );
}
