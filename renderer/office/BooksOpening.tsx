// Saldo awal: the manager uploads the opening balances (CSV or XLSX of account_code, debit,
// credit) and sees the host's row-by-row report; nothing is written unless every row is good.
import { useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { date as showDate, rupiah } from '../lib/format';
import { DateInput } from '../lib/DateInput';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, todayLocal, useAction } from './officeKit';

type Report = MethodOutput<'books.importOpening'>;

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function BooksOpening(props: { onImported(): void }) {
  const { t } = useI18n();
  const api = useApi();
  const [date, setDate] = useState(todayLocal());
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const action = useAction();

  const run = () =>
    action.run(async () => {
      if (!file) return;
      const format = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      const r = await api.books.importOpening({ date, format, contentBase64: await base64Of(file) });
      setReport(r);
      if (r.imported) props.onImported();
    });

  return (
    <section aria-label={t('Saldo awal', 'Opening balances')}>
      <h2>{t('Saldo awal', 'Opening balances')}</h2>
      <p className="muted">
        {t(
          'Berkas CSV atau XLSX dengan kolom account_code, debit, credit. Persediaan masuk lewat stok awal, bukan di sini.',
          'A CSV or XLSX file with the columns account_code, debit, credit. Inventory comes in as opening stock, not here.',
        )}
      </p>
      <div className="toolbar">
        <label>
          {t('Per tanggal', 'As of')}
          <DateInput value={date} onChange={setDate} />
        </label>
        <label>
          {t('Berkas saldo awal', 'Opening balances file')}
          <input type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="button" disabled={!file || action.busy} onClick={() => void run()}>
          {t('Impor saldo awal', 'Import opening balances')}
        </button>
      </div>
      <ErrorBox error={action.error} />
      {report && (
        <div role="status">
          {report.imported ? (
            <p className="ok">
              {t(
                `Saldo awal per ${showDate(report.date)} tersimpan: ${report.valid} akun, debit ${rupiah(report.totalDebit)} = kredit ${rupiah(report.totalCredit)}.`,
                `Opening balances as of ${showDate(report.date)} saved: ${report.valid} accounts, debit ${rupiah(report.totalDebit)} = credit ${rupiah(report.totalCredit)}.`,
              )}
            </p>
          ) : (
            <p className="error">{report.refusal?.message}</p>
          )}
          {report.problems.length > 0 && (
            <table className="data" aria-label={t('Baris bermasalah', 'Rows with problems')}>
              <thead>
                <tr>
                  <th>{t('Baris', 'Row')}</th>
                  <th>{t('Kolom', 'Column')}</th>
                  <th>{t('Masalah', 'Problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p) => (
                  <tr key={`${p.row}-${p.field}`}>
                    <td>{p.row}</td>
                    <td>{p.field}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
