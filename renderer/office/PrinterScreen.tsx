// Printer kalibrasi (manajer/admin): print the calibration page, answer what came out, save.
// The answers become the printer profile from today (columns, code page, QR / barcode mode, cut).
import { useState } from 'react';
import { CalibrationAnswers } from '../../shared/api/printing';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, useAction, useCall } from './officeKit';
import { PRINTER_CUT_LABELS, PRINT_MODE_LABELS } from '../../shared/i18n/labels';

type Answers = CalibrationAnswers;

const CODEPAGES = CalibrationAnswers.shape.codepage.options;

function Choice<T extends string>({ legend, value, options, onChange }: { legend: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={legend} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function PrinterScreen() {
  const { t, label } = useI18n();
  const api = useApi();
  const config = useCall((api) => api.printer.config.get({}), []);
  const action = useAction();
  const [printed, setPrinted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const c = config.data?.calibration;
  const a: Answers | null =
    answers ??
    (c
      ? {
          fontB: c.font === 'B',
          codepage: (CODEPAGES as readonly string[]).includes(c.codepage) ? (c.codepage as Answers['codepage']) : 'auto',
          qr: c.qr,
          barcode: c.barcode,
          cut: c.cut,
        }
      : null);
  const set = (patch: Partial<Answers>) => a && setAnswers({ ...a, ...patch });
  const print = () =>
    void action.run(async () => {
      await api.print.calibration({});
      setPrinted(true);
      setSaved(false);
    });
  const save = () =>
    void action.run(async () => {
      if (a) await api.printer.calibration.save(a);
      setSaved(true);
      config.reload();
    });
  return (
    <Page title={t('Printer & kalibrasi', 'Printer & calibration')}>
      <section className="card" aria-label={t('Printer sekarang', 'Current printer')}>
        <p>
          {config.data ? `${config.data.model}, ${config.data.width} mm, ${config.data.uri || t('tanpa printer (pratinjau)', 'no printer (preview)')}` : ''}
        </p>
        {c && (
          <p aria-label={t('Profil tersimpan', 'Saved profile')}>
            {t(
              `${c.columns} kolom (huruf ${c.font}), QR ${label(PRINT_MODE_LABELS, c.qr)}, barcode ${label(PRINT_MODE_LABELS, c.barcode)}, potong: ${label(PRINTER_CUT_LABELS, c.cut)}`,
              `${c.columns} columns (font ${c.font}), QR ${label(PRINT_MODE_LABELS, c.qr)}, barcode ${label(PRINT_MODE_LABELS, c.barcode)}, cut: ${label(PRINTER_CUT_LABELS, c.cut)}`,
            )}
          </p>
        )}
        <button type="button" onClick={print} disabled={action.busy}>
          {t('Cetak halaman kalibrasi', 'Print calibration page')}
        </button>
      </section>
      {printed && a && (
        <form
          className="card"
          aria-label={t('Hasil halaman kalibrasi', 'Calibration page result')}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <h2>{t('Apa yang tercetak?', 'What came out?')}</h2>
          {c?.fontBAvailable ? (
            <Choice
              legend={t(
                `1. Penggaris ${c.fontBAvailable} kolom (huruf B) muat satu baris?`,
                `1. Does the ${c.fontBAvailable}-column ruler (font B) fit on one line?`,
              )}
              value={a.fontB ? 'yes' : 'no'}
              options={[
                ['yes', t('Ya, pakai huruf B', 'Yes, use font B')],
                ['no', t('Tidak, tetap huruf A', 'No, keep font A')],
              ]}
              onChange={(v) => set({ fontB: v === 'yes' })}
            />
          ) : null}
          <label>
            {t('2. Baris contoh code page yang benar', '2. The code page sample that printed right')}
            <select value={a.codepage} onChange={(e) => set({ codepage: e.target.value as Answers['codepage'] })}>
              {CODEPAGES.map((cp) => (
                <option key={cp} value={cp}>
                  {cp === 'auto' ? t('otomatis', 'automatic') : cp}
                </option>
              ))}
            </select>
          </label>
          <Choice
            legend={t('3. QR mana yang terbaca?', '3. Which QR scans?')}
            value={a.qr}
            options={[
              ['native', t('3a bawaan printer', '3a the printer’s own')],
              ['raster', t('3b hanya gambar', '3b only the image')],
            ]}
            onChange={(qr) => set({ qr })}
          />
          <Choice
            legend={t('4. Barcode mana yang terbaca pemindai?', '4. Which barcode scans?')}
            value={a.barcode}
            options={[
              ['native', t('4a bawaan printer', '4a the printer’s own')],
              ['raster', t('4b hanya gambar', '4b only the image')],
            ]}
            onChange={(barcode) => set({ barcode })}
          />
          <Choice
            legend={t('5. Kertas terpotong?', '5. Was the paper cut?')}
            value={a.cut}
            options={[
              ['partial', t('Sebagian', 'Partly')],
              ['full', t('Penuh', 'Fully')],
              ['none', t('Tidak ada pemotong', 'No cutter')],
            ]}
            onChange={(cut) => set({ cut })}
          />
          <button type="submit" disabled={action.busy}>
            {t('Simpan profil printer', 'Save printer profile')}
          </button>
          {saved && <p role="status">{t('Profil printer tersimpan.', 'Printer profile saved.')}</p>}
        </form>
      )}
      <ErrorBox error={action.error ?? config.error} />
    </Page>
  );
}
