// The dinas enters a kelurahan's households and the share of them its koperasi aims to have as
// members, from a date (households.set). A pendamping only reads them in the members panel.
import { useState, type FormEvent } from 'react';
import { DateInput } from '../lib/DateInput';
import { date } from '../lib/format';
import type { CentralTree } from './centralClient';

export function HouseholdsForm({ api, kelurahan, onSaved }: { api: CentralTree; kelurahan: string[]; onSaved: () => void }) {
  const [place, setPlace] = useState(kelurahan[0] ?? '');
  const [households, setHouseholds] = useState('');
  const [targetPct, setTargetPct] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const count = Number(households.replace(/\./g, ''));
    if (!Number.isInteger(count) || count < 1) return setMessage({ ok: false, text: 'Jumlah rumah tangga harus bilangan bulat lebih dari 0.' });
    if (!validFrom) return setMessage({ ok: false, text: 'Isi tanggal berlaku sebagai hh/bb/tttt.' });
    try {
      await api.households.set({ kelurahan: place, households: count, targetPct: targetPct.trim().replace(',', '.'), validFrom });
      setMessage({ ok: true, text: `Tersimpan: ${place}, berlaku ${date(validFrom)}.` });
      onSaved();
    } catch (caught) {
      setMessage({ ok: false, text: (caught as Error).message });
    }
  }

  return (
    <section aria-labelledby="households-h">
      <h2 id="households-h">Rumah tangga per kelurahan</h2>
      <form className="filters" aria-labelledby="households-h" onSubmit={(e) => void submit(e)}>
        <label>
          Kelurahan{' '}
          <select value={place} onChange={(e) => setPlace(e.target.value)}>
            {kelurahan.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Rumah tangga <input inputMode="numeric" required value={households} onChange={(e) => setHouseholds(e.target.value)} size={8} />
        </label>
        <label>
          Target anggota (%) <input inputMode="decimal" required value={targetPct} onChange={(e) => setTargetPct(e.target.value)} size={5} />
        </label>
        <label>
          Berlaku dari <DateInput required value={validFrom} onChange={setValidFrom} size={10} />
        </label>
        <button type="submit">Simpan</button>
      </form>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
