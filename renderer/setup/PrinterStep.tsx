// Setup step 3: how the receipt printer is reached, its paper width and model. "No printer" is a
// real choice: receipts are then previewed on screen until the printer is set up.
import type { FormEvent } from 'react';
import type { MethodOutput } from '../../shared/api';
import { FormError } from '../lib/FormError';
import { useI18n } from '../lib/i18n';
import { Field, StepActions } from './setupFields';

export type Transport = 'none' | 'tcp' | 'file' | 'serial' | 'windows';
export type PrinterModel = MethodOutput<'setup.status'>['printerModels'][number];
export interface PrinterForm {
  transport: Transport;
  address: string;
  width: 58 | 80;
  model: string;
}

const ADDRESS_HINT: Record<Transport, string> = {
  none: '',
  tcp: '192.168.1.50:9100',
  file: '/dev/usb/lp0',
  serial: 'COM3 / /dev/ttyUSB0',
  windows: 'POS-80',
};

/** The printer address as the drivers read it (drivers/transports/uri.ts); '' = preview only. */
export function printerUri(transport: Transport, address: string): string {
  const a = address.trim();
  if (transport === 'none') return '';
  if (transport === 'tcp') return `tcp://${a}`;
  if (transport === 'serial') return a.includes('?') ? `serial:${a}` : `serial:${a}?baud=9600`;
  return `${transport}:${a}`;
}

export function PrinterStep(props: {
  printer: PrinterForm;
  models: PrinterModel[];
  busy: boolean;
  error: string | null;
  onChange(next: PrinterForm): void;
  onBack(): void;
  onFinish(e: FormEvent): void;
}) {
  const { t } = useI18n();
  const { printer } = props;
  const set = (patch: Partial<PrinterForm>) => props.onChange({ ...printer, ...patch });
  return (
    <form onSubmit={props.onFinish} aria-label={t('Printer struk', 'Receipt printer')}>
      <h2>{t('3. Printer struk', '3. Receipt printer')}</h2>
      <Field label={t('Jenis sambungan printer', 'Printer connection')}>
        <select value={printer.transport} onChange={(e) => set({ transport: e.target.value as Transport })} autoFocus>
          <option value="none">{t('Tanpa printer (pratinjau di layar, atur nanti)', 'No printer (preview on screen, set up later)')}</option>
          <option value="tcp">{t('Jaringan (LAN, port 9100)', 'Network (LAN, port 9100)')}</option>
          <option value="file">{t('USB di Linux (/dev/usb/lp0)', 'USB on Linux (/dev/usb/lp0)')}</option>
          <option value="serial">{t('Serial / USB-serial (COM)', 'Serial / USB-serial (COM)')}</option>
          <option value="windows">{t('Printer Windows (nama printer)', 'Windows printer (printer name)')}</option>
        </select>
      </Field>
      {printer.transport !== 'none' && (
        <Field label={t('Alamat printer', 'Printer address')} hint={ADDRESS_HINT[printer.transport]}>
          <input value={printer.address} onChange={(e) => set({ address: e.target.value })} required />
        </Field>
      )}
      <Field label={t('Lebar kertas', 'Paper width')}>
        <select value={printer.width} onChange={(e) => set({ width: Number(e.target.value) === 80 ? 80 : 58 })}>
          <option value={58}>58 mm</option>
          <option value={80}>80 mm</option>
        </select>
      </Field>
      {props.models.length > 0 && (
        <Field label={t('Model printer', 'Printer model')}>
          <select value={printer.model} onChange={(e) => set({ model: e.target.value })}>
            {props.models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <FormError error={props.error} />
      <StepActions back={props.onBack} next={props.busy ? t('Menyimpan…', 'Saving…') : t('Selesai', 'Finish')} disabled={props.busy} />
    </form>
  );
}
