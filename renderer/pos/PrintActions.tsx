// The struk: print on the configured printer (or a preview when there is none), reprint marked
// COPY, open the drawer. Uses the drivers' printer methods (printer.*).
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';

interface PrintOutcome {
  /** False when no printer is configured: the receipt is only previewed. */
  printed?: boolean;
  jobId?: string;
}

interface Preview {
  text?: string;
  png?: string;
}

export function PrintActions(props: { saleId: string; autoPrint: boolean }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const started = useRef(false);

  async function run(label: string, job: () => Promise<unknown>) {
    setError(null);
    setStatus(label);
    try {
      await job();
      setStatus(null);
    } catch (e) {
      setStatus(null);
      setError(err(e));
    }
  }

  const print = (copy: boolean) =>
    run(copy ? t('Mencetak ulang (COPY)…', 'Reprinting (COPY)…') : t('Mencetak struk…', 'Printing receipt…'), async () => {
      const out = await api.call<PrintOutcome | null>('printer.printSale', { saleId: props.saleId, copy });
      setStatus(null);
      if (out && out.printed === false) await showPreview();
    });

  const showPreview = () =>
    run(t('Menyiapkan pratinjau…', 'Preparing preview…'), async () => {
      setPreview(await api.call<Preview>('printer.preview', { saleId: props.saleId }));
    });

  const drawer = () => run(t('Membuka laci…', 'Opening drawer…'), () => api.call('printer.openDrawer', {}));

  useEffect(() => {
    if (!props.autoPrint || started.current) return;
    started.current = true;
    void print(false); // once, when the dialog opens
  }, []);

  return (
    <div className="print-actions">
      <div className="quick">
        <button type="button" onClick={() => void print(true)}>{t('Cetak ulang (COPY)', 'Reprint (COPY)')}</button>
        <button type="button" onClick={() => void showPreview()}>{t('Pratinjau struk', 'Receipt preview')}</button>
        <button type="button" onClick={() => void drawer()}>{t('Buka laci', 'Open drawer')}</button>
      </div>
      {status && <p role="status" className="muted">{status}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {preview && (
        <figure className="receipt-preview" aria-label={t('Pratinjau struk', 'Receipt preview')}>
          {preview.png ? <img src={`data:image/png;base64,${preview.png}`} alt={t('Struk', 'Receipt')} /> : <pre>{preview.text}</pre>}
        </figure>
      )}
    </div>
  );
}
