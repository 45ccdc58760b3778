// Closing a shift whose sales the pusat has not acknowledged (SHIFT_SALES_UNSENT): the kasir can
// send now and wait, or a manajer approves with user name, PIN and a reason (audited by the core).
import { useState } from 'react';
import type { MethodInput } from '../../shared/api';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { SignerFields } from './SignerFields';

export type UnsentOverrideValue = NonNullable<MethodInput<'shifts.close'>['unsentOverride']>;
export const NO_OVERRIDE: UnsentOverrideValue = { username: '', pin: '', reason: '' };

export function UnsentOverride({ value, onChange, onAllSent }: { value: UnsentOverrideValue; onChange(next: UnsentOverrideValue): void; onAllSent(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function sendNow() {
    setSending(true);
    setStatus(null);
    try {
      const r = await api.sync.sendNow({});
      if (r.error) setStatus(err(r.error));
      else if (r.unsent.sales === 0) {
        setStatus(t('Semua penjualan sudah diterima pusat.', 'Every sale has reached the pusat.'));
        onAllSent();
      } else setStatus(t(`Masih ${r.unsent.sales} penjualan menunggu pusat.`, `${r.unsent.sales} sale(s) still waiting for the pusat.`));
    } catch (e) {
      setStatus(err(e));
    } finally {
      setSending(false);
    }
  }

  return (
    <fieldset className="approval unsent-override">
      <legend>{t('Penjualan belum diterima pusat', 'Sales not yet at the pusat')}</legend>
      <p>
        <button type="button" disabled={sending} onClick={() => void sendNow()}>
          {sending ? t('Mengirim…', 'Sending…') : t('Kirim sekarang', 'Send now')}
        </button>
      </p>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      <p className="muted">{t('Atau manajer menyetujui penutupan:', 'Or a manager approves closing:')}</p>
      <SignerFields value={value} onChange={onChange} nameLabel={t('Nama pengguna manajer', 'Manager user name')} pinLabel={t('PIN manajer', 'Manager PIN')} />
      <label>
        {t('Alasan menutup tanpa menunggu pusat', 'Why close without waiting for the pusat')}
        <input value={value.reason} maxLength={300} onChange={(e) => onChange({ ...value, reason: e.target.value })} />
      </label>
    </fieldset>
  );
}
