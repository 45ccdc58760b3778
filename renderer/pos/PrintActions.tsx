// The struk after a sale: printed at once on the configured printer (print.sale, which also
// opens the drawer for cash), shown as a preview when no printer is set, reprinted marked COPY.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { PrintOutcome, PrintPreview } from '../../shared/api/printing';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';

export function PrintActions(props: { saleId: string; autoPrint: boolean }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<PrintPreview | null>(null);
  const started = useRef(false);

  async function run(label: string, job: () => Promise<void>) {
    setError(null);
    setStatus(label);
    try {
      await job();
    } catch (e) {
      setStatus(null);
      setError(err(e));
    }
  }

  const report = (out: PrintOutcome, copy: boolean) => {
    if (!out.job) {
      setPreview(out.preview);
      setStatus(t('Belum ada printer: ini pratinjau struk.', 'No printer set: this is the receipt preview.'));
    } else if (out.job.status === 'failed') {
      setStatus(null);
      setError(
        `${t('Struk gagal dicetak', 'The receipt did not print')}${out.job.error ? `: ${err(out.job.error)}` : ''}. ${t('Periksa printer (kertas, kabel), lalu tekan Cetak ulang.', 'Check the printer (paper, cable), then press Reprint.')}`,
      );
    } else {
      setStatus(copy ? t('Struk COPY dicetak.', 'COPY receipt printed.') : t('Struk dicetak.', 'Receipt printed.'));
    }
  };

  const print = () => run(t('Mencetak struk…', 'Printing receipt…'), async () => report(await api.print.sale({ saleId: props.saleId }), false));
  const reprint = () => run(t('Mencetak ulang (COPY)…', 'Reprinting (COPY)…'), async () => report(await api.print.reprint({ saleId: props.saleId }), true));
  const showPreview = () =>
    run(t('Menyiapkan pratinjau…', 'Preparing preview…'), async () => {
      setPreview(await api.print.preview({ saleId: props.saleId }));
      setStatus(null);
    });

  const printOnOpen = useEffectEvent(() => {
    if (!props.autoPrint || started.current) return;
    started.current = true;
    void print();
  });
  // Once, when the dialog opens (the ref keeps a development double mount from printing twice).
  useEffect(() => printOnOpen(), []);

  return (
    <div className="print-actions">
      <div className="quick">
        <button type="button" onClick={() => void reprint()}>
          {t('Cetak ulang (COPY)', 'Reprint (COPY)')}
        </button>
        <button type="button" onClick={() => void showPreview()}>
          {t('Pratinjau struk', 'Receipt preview')}
        </button>
      </div>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && (
        <figure className="receipt-preview" aria-label={t('Pratinjau struk', 'Receipt preview')}>
          <img src={preview.png} alt={preview.lines.join('\n')} />
        </figure>
      )}
    </div>
  );
}
