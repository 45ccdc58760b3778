// The Satgas report of the month as XLSX or PDF: the pusat builds the file over the koperasi the
// account may see, the browser saves it.
import { useState } from 'react';
import type { CentralTree } from './centralClient';

function save(filename: string, mime: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: mime }));
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}

export function SatgasExport({ api, month, monthLabel }: { api: CentralTree; month: string; monthLabel: string }) {
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    setError(null);
    try {
      const file = await api.report.satgas({ month, format });
      save(file.filename, file.mime, file.base64);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="satgas-h">
      <h2 id="satgas-h">Laporan Satgas · {monthLabel}</h2>
      <button type="button" disabled={busy !== null} onClick={() => void download('xlsx')}>
        {busy === 'xlsx' ? 'Menyiapkan…' : 'Unduh XLSX'}
      </button>{' '}
      <button type="button" disabled={busy !== null} onClick={() => void download('pdf')}>
        {busy === 'pdf' ? 'Menyiapkan…' : 'Unduh PDF'}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
