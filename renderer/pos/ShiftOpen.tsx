// No open shift on this terminal: the cashier types the opening float (modal awal) and starts.
import { useState, type FormEvent } from 'react';
import type { ShiftInfo } from '../../shared/api/shifts';
import { parseRupiah } from '../../shared/money';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { rupiah } from '../lib/format';

/** `terminal` is this computer's name for its drawer; changing it here is remembered. */
export function ShiftOpen({ terminal, onOpened }: { terminal: string; onOpened(shift: ShiftInfo, terminal: string): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [text, setText] = useState('');
  const [name, setName] = useState(terminal);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = parseRupiah(text);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (amount === null) return setError(err({ code: 'AMOUNT_INVALID' }));
    setBusy(true);
    setError(null);
    try {
      const shift = await api.shifts.open({ openingFloat: amount, terminal: name.trim() || terminal });
      localStorage.setItem('kkmp.terminal', shift.terminal);
      onOpened(shift, shift.terminal);
    } catch (caught) {
      setError(err(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="center-page">
      <form className="card shift-card" onSubmit={submit} aria-labelledby="shift-title">
        <h1 id="shift-title">{t('Buka shift', 'Open shift')}</h1>
        <p className="muted">{t('Hitung uang di laci, lalu ketik modal awal.', 'Count the cash in the drawer, then type the opening float.')}</p>
        <label>
          {t('Terminal (laci kas ini)', 'Terminal (this cash drawer)')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={32} />
        </label>
        <label>
          {t('Modal awal (Rp)', 'Opening float (Rp)')}
          <input autoFocus inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} placeholder="200000" className="amount-input" />
        </label>
        <p className="muted" aria-live="polite">
          {amount !== null ? rupiah(amount) : '\u00a0'}
        </p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {t('Buka shift', 'Open shift')}
        </button>
      </form>
    </main>
  );
}
