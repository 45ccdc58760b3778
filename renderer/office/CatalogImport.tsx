// Impor katalog: a CSV or XLSX of products read on the host, with its row-by-row report; nothing
// is written while a row is bad unless the manager asks for the valid rows only.
import { useState } from 'react';
import { errorText } from '../../shared/i18n/errorMessages';
import type { CatalogImportReport as ImportReport } from '../../shared/api/catalogAdmin';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, useAction } from './officeKit';

export function CatalogImport() {
  const { t, lang } = useI18n();
  const api = useApi();
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const errorTextFor = (code: string, params: Record<string, string | number | boolean | null>) => errorText(code, params, lang);
  const submit = () =>
    action.run(async () => {
      if (!file) return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      setReport(await api.catalogAdmin.import({ fileName: file.name, base64: btoa(bin), validOnly }));
    });
  return (
    <section className="card" aria-label={t('Impor katalog', 'Catalog import')}>
      <h2>{t('Impor katalog (CSV/XLSX)', 'Catalog import (CSV/XLSX)')}</h2>
      <p className="muted">
        {t(
          'Kolom: kode; nama; satuan; dijual_per; kategori; status_pajak; program; jenis_lpg; isi; stok_minimum; barcode; harga; berlaku_mulai; het; hap',
          'Columns: kode; nama; satuan; dijual_per; kategori; status_pajak; program; jenis_lpg; isi; stok_minimum; barcode; harga; berlaku_mulai; het; hap',
        )}
      </p>
      <div className="grid">
        <label>
          {t('File katalog', 'Catalog file')}
          <input type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
          {t('Impor baris yang valid saja', 'Import the valid rows only')}
        </label>
        <button type="button" className="primary" disabled={!file || action.busy} onClick={() => void submit()}>
          {t('Impor', 'Import')}
        </button>
      </div>
      <ErrorBox error={action.error} />
      {report && (
        <div aria-live="polite">
          <p className={report.refused ? 'warning' : 'okmsg'}>
            {report.refused
              ? t(
                  `${report.invalid} baris salah: tidak ada yang diimpor. Perbaiki file, atau pilih "impor baris yang valid saja".`,
                  `${report.invalid} bad rows: nothing was imported. Fix the file, or choose "import the valid rows only".`,
                )
              : t(`${report.imported} baris diimpor, ${report.invalid} dilewati.`, `${report.imported} rows imported, ${report.invalid} skipped.`)}
          </p>
          <table aria-label={t('Laporan impor', 'Import report')}>
            <thead>
              <tr>
                <th>{t('Baris', 'Row')}</th>
                <th>{t('Kode', 'Code')}</th>
                <th>{t('Hasil', 'Result')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows
                .filter((r) => r.errors.length)
                .map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.sku}</td>
                    <td>{r.errors.map((e) => `${e.field}: ${errorTextFor(e.code, e.params)}`).join(' · ')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
