// First run: the outlet profile, the first admin and the receipt printer, in three short steps, or
// a demo outlet to try the app. Everything is checked again by the core (setup.initialize); the
// wizard then logs the admin in the normal way.
import type { MethodInput, MethodOutput } from '../../shared/api';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import { ROLE_LABELS } from '../../shared/i18n/labels';

type Step = 'start' | 'outlet' | 'admin' | 'printer' | 'demo';
type Transport = 'none' | 'tcp' | 'file' | 'serial' | 'windows';
export type PrinterModel = MethodOutput<'setup.status'>['printerModels'][number];
type DemoUser = NonNullable<MethodOutput<'setup.initialize'>['demoUsers']>[number];

const TIME_ZONES: [string, string][] = [
  ['Asia/Makassar', 'WITA (Kalimantan Timur, Sulawesi, Bali, NTB, NTT)'],
  ['Asia/Jakarta', 'WIB (Sumatra, Jawa, Kalimantan Barat/Tengah)'],
  ['Asia/Jayapura', 'WIT (Maluku, Papua)'],
];

/** The printer address as the drivers read it (drivers/transports/uri.ts); '' = preview only. */
function printerUri(transport: Transport, address: string): string {
  const a = address.trim();
  if (transport === 'none') return '';
  if (transport === 'tcp') return `tcp://${a}`;
  if (transport === 'serial') return a.includes('?') ? `serial:${a}` : `serial:${a}?baud=9600`;
  return `${transport}:${a}`;
}

type Outlet = Extract<MethodInput<'setup.initialize'>, { mode: 'outlet' }>['outlet'];

export function SetupWizard({ onDone, printerModels }: { onDone: () => void; printerModels: PrinterModel[] }) {
  const { api, login } = useSession();
  const { t, err, label } = useI18n();
  const [step, setStep] = useState<Step>('start');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outlet, setOutlet] = useState<Outlet>({ code: '', name: '', address: '', badanHukumNo: '', nib: '', timeZone: 'Asia/Makassar' });
  const [admin, setAdmin] = useState({ username: 'admin', displayName: '', pin: '', pin2: '' });
  const [printer, setPrinter] = useState<{ transport: Transport; address: string; width: 58 | 80; model: string }>({
    transport: 'none',
    address: '',
    width: 58,
    model: 'pos-5890',
  });
  const [demoUsers, setDemoUsers] = useState<DemoUser[]>([]);
  const [setupCode, setSetupCode] = useState('');

  async function run(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'SETUP_ALREADY_DONE') onDone();
      else setError(err(caught));
    } finally {
      setBusy(false);
    }
  }

  const finish = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api.setup.initialize({
        mode: 'outlet',
        setupCode,
        outlet,
        admin: { username: admin.username, displayName: admin.displayName, pin: admin.pin },
        printer: { uri: printerUri(printer.transport, printer.address), width: printer.width, model: printer.model },
      });
      await login(admin.username, admin.pin);
      onDone();
    });
  };

  const startDemo = () =>
    void run(async () => {
      const result = await api.setup.initialize({ mode: 'demo', setupCode });
      setDemoUsers(result.demoUsers);
      setStep('demo');
    });

  const next = (to: Step) => (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (to === 'printer' && admin.pin !== admin.pin2) {
      setError(t('PIN dan ulangan PIN tidak sama.', 'The PIN and its repeat differ.'));
      return;
    }
    setStep(to);
  };

  const needsAddress = printer.transport !== 'none';
  const addressHint: Record<Transport, string> = {
    none: '',
    tcp: '192.168.1.50:9100',
    file: '/dev/usb/lp0',
    serial: 'COM3 / /dev/ttyUSB0',
    windows: 'POS-80',
  };

  return (
    <main className="center-page">
      <div className="card login-card" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('Siapkan Kasir KKMP', 'Set up Kasir KKMP')}</h1>
        {step === 'start' && (
          <>
            <p className="muted">
              {t(
                'Database ini masih kosong. Isi profil gerai dan PIN admin, atau coba dulu dengan data contoh.',
                'This database is empty. Enter the outlet profile and admin PIN, or try the app with demo data first.',
              )}
            </p>
            <Field
              label={t('Kode penyiapan', 'Setup code')}
              hint={t('8 angka yang tampil di konsol server atau di jendela aplikasi', 'the 8 digits shown on the server console or in the app window')}
            >
              <input value={setupCode} onChange={(e) => setSetupCode(e.target.value)} inputMode="numeric" autoComplete="one-time-code" required autoFocus />
            </Field>
            <button type="button" className="primary big" onClick={() => setStep('outlet')}>
              {t('Siapkan gerai baru', 'Set up a new outlet')}
            </button>
            <button type="button" disabled={busy} onClick={startDemo}>
              {t('Coba dengan data contoh', 'Try with demo data')}
            </button>
          </>
        )}
        {step === 'outlet' && (
          <form onSubmit={next('admin')} aria-label={t('Profil gerai', 'Outlet profile')}>
            <h2>{t('1. Profil gerai', '1. Outlet profile')}</h2>
            <Field label={t('Kode gerai', 'Outlet code')} hint={t('2-8 huruf/angka, dipakai di nomor struk', '2-8 letters/digits, used in receipt numbers')}>
              <input
                value={outlet.code}
                onChange={(e) => setOutlet({ ...outlet, code: e.target.value.toUpperCase() })}
                pattern="[A-Za-z0-9]{2,8}"
                required
                autoFocus
              />
            </Field>
            <Field label={t('Nama gerai', 'Outlet name')}>
              <input value={outlet.name} onChange={(e) => setOutlet({ ...outlet, name: e.target.value })} minLength={3} required />
            </Field>
            <Field label={t('Alamat', 'Address')}>
              <input value={outlet.address} onChange={(e) => setOutlet({ ...outlet, address: e.target.value })} />
            </Field>
            <Field label={t('Nomor badan hukum', 'Legal entity number')}>
              <input value={outlet.badanHukumNo} onChange={(e) => setOutlet({ ...outlet, badanHukumNo: e.target.value })} />
            </Field>
            <Field label="NIB" hint={t('13 angka, boleh dikosongkan', '13 digits, may be left empty')}>
              <input
                value={outlet.nib}
                onChange={(e) => setOutlet({ ...outlet, nib: e.target.value.replace(/\D/g, '') })}
                inputMode="numeric"
                pattern="\d{13}"
              />
            </Field>
            <Field label={t('Zona waktu', 'Time zone')}>
              <select value={outlet.timeZone} onChange={(e) => setOutlet({ ...outlet, timeZone: e.target.value as Outlet['timeZone'] })}>
                {TIME_ZONES.map(([value, name]) => (
                  <option key={value} value={value}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
            <Actions back={() => setStep('start')} next={t('Lanjut', 'Next')} />
          </form>
        )}
        {step === 'admin' && (
          <form onSubmit={next('printer')} aria-label={t('Admin pertama', 'First admin')}>
            <h2>{t('2. Admin pertama', '2. First admin')}</h2>
            <Field label={t('Nama pengguna admin', 'Admin user name')}>
              <input value={admin.username} onChange={(e) => setAdmin({ ...admin, username: e.target.value.trim() })} required autoFocus />
            </Field>
            <Field label={t('Nama lengkap', 'Full name')}>
              <input value={admin.displayName} onChange={(e) => setAdmin({ ...admin, displayName: e.target.value })} required />
            </Field>
            <Field label={t('PIN admin', 'Admin PIN')} hint={t('6-8 angka', '6-8 digits')}>
              <input
                type="password"
                inputMode="numeric"
                pattern="\d{6,8}"
                value={admin.pin}
                onChange={(e) => setAdmin({ ...admin, pin: e.target.value.replace(/\D/g, '') })}
                required
              />
            </Field>
            <Field label={t('Ulangi PIN', 'Repeat PIN')}>
              <input
                type="password"
                inputMode="numeric"
                pattern="\d{6,8}"
                value={admin.pin2}
                onChange={(e) => setAdmin({ ...admin, pin2: e.target.value.replace(/\D/g, '') })}
                required
              />
            </Field>
            <Actions back={() => setStep('outlet')} next={t('Lanjut', 'Next')} />
          </form>
        )}
        {step === 'printer' && (
          <form onSubmit={finish} aria-label={t('Printer struk', 'Receipt printer')}>
            <h2>{t('3. Printer struk', '3. Receipt printer')}</h2>
            <Field label={t('Jenis sambungan printer', 'Printer connection')}>
              <select value={printer.transport} onChange={(e) => setPrinter({ ...printer, transport: e.target.value as Transport })} autoFocus>
                <option value="none">{t('Tanpa printer (pratinjau di layar, atur nanti)', 'No printer (preview on screen, set up later)')}</option>
                <option value="tcp">{t('Jaringan (LAN, port 9100)', 'Network (LAN, port 9100)')}</option>
                <option value="file">{t('USB di Linux (/dev/usb/lp0)', 'USB on Linux (/dev/usb/lp0)')}</option>
                <option value="serial">{t('Serial / USB-serial (COM)', 'Serial / USB-serial (COM)')}</option>
                <option value="windows">{t('Printer Windows (nama printer)', 'Windows printer (printer name)')}</option>
              </select>
            </Field>
            {needsAddress && (
              <Field label={t('Alamat printer', 'Printer address')} hint={addressHint[printer.transport]}>
                <input value={printer.address} onChange={(e) => setPrinter({ ...printer, address: e.target.value })} required />
              </Field>
            )}
            <Field label={t('Lebar kertas', 'Paper width')}>
              <select value={printer.width} onChange={(e) => setPrinter({ ...printer, width: Number(e.target.value) === 80 ? 80 : 58 })}>
                <option value={58}>58 mm</option>
                <option value={80}>80 mm</option>
              </select>
            </Field>
            {printerModels.length > 0 && (
              <Field label={t('Model printer', 'Printer model')}>
                <select value={printer.model} onChange={(e) => setPrinter({ ...printer, model: e.target.value })}>
                  {printerModels.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {error && <Alert text={error} />}
            <Actions back={() => setStep('admin')} next={busy ? t('Menyimpan…', 'Saving…') : t('Selesai', 'Finish')} disabled={busy} />
          </form>
        )}
        {step === 'demo' && (
          <>
            <p>{t('Gerai demo siap. Catat PIN berikut:', 'The demo outlet is ready. Note these PINs:')}</p>
            <table aria-label={t('Pengguna demo', 'Demo users')}>
              <tbody>
                {demoUsers.map((u) => (
                  <tr key={u.username}>
                    <td>{u.username}</td>
                    <td>{label(ROLE_LABELS, u.role)}</td>
                    <td>PIN {u.pin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              className="primary big"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const first = demoUsers[0];
                  if (first) await login(first.username, first.pin);
                  onDone();
                })
              }
            >
              {t('Masuk sebagai admin demo', 'Log in as the demo admin')}
            </button>
          </>
        )}
        {error && step !== 'printer' && <Alert text={error} />}
      </div>
    </main>
  );
}

function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label>
      {label}
      {children}
      {hint && <small className="muted">{hint}</small>}
    </label>
  );
}

function Actions({ back, next, disabled = false }: { back: () => void; next: string; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <p className="modal-actions">
      <button type="button" onClick={back}>
        {t('Kembali', 'Back')}
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {next}
      </button>
    </p>
  );
}

function Alert({ text }: { text: string }) {
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}
