// First run: the outlet profile, the first admin and the receipt printer, in three short steps, or
// a demo outlet to try the app. Everything is checked again by the core (setup.initialize); the
// wizard then logs the admin in the normal way.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../lib/api';
import { FormError } from '../lib/FormError';
import { useI18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import { AdminStep, type AdminForm } from './AdminStep';
import { OutletStep, type Outlet } from './OutletStep';
import { PrinterStep, printerUri, type PrinterForm, type PrinterModel } from './PrinterStep';
import { Field } from './setupFields';

type Step = 'start' | 'outlet' | 'admin' | 'printer';

export function SetupWizard({ onDone, printerModels }: { onDone: () => void; printerModels: PrinterModel[] }) {
  const { api, login } = useSession();
  const { t, err } = useI18n();
  const [step, setStep] = useState<Step>('start');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outlet, setOutlet] = useState<Outlet>({ code: '', name: '', address: '', badanHukumNo: '', nib: '', timeZone: 'Asia/Makassar' });
  const [admin, setAdmin] = useState<AdminForm>({ username: 'admin', displayName: '', pin: '', pin2: '' });
  const [printer, setPrinter] = useState<PrinterForm>({ transport: 'none', address: '', width: 58, model: 'pos-5890' });
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
      // Then the login screen, which shows the demo users and their PINs (issue 15 item 3).
      await api.setup.initialize({ mode: 'demo', setupCode });
      onDone();
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
            <button type="button" disabled={busy} onClick={startDemo} aria-busy={busy}>
              {busy
                ? t('Membuat gerai demo… (sekitar 1 menit)', 'Making the demo outlet… (about a minute)')
                : t('Coba dengan data contoh', 'Try with demo data')}
            </button>
          </>
        )}
        {step === 'outlet' && <OutletStep outlet={outlet} onChange={setOutlet} onBack={() => setStep('start')} onNext={next('admin')} />}
        {step === 'admin' && <AdminStep admin={admin} onChange={setAdmin} onBack={() => setStep('outlet')} onNext={next('printer')} />}
        {step === 'printer' && (
          <PrinterStep
            printer={printer}
            models={printerModels}
            busy={busy}
            error={error}
            onChange={setPrinter}
            onBack={() => setStep('admin')}
            onFinish={finish}
          />
        )}
        {step !== 'printer' && <FormError error={error} />}
      </div>
    </main>
  );
}
