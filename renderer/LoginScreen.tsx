// PIN login: user name and PIN, Enter to log in. The user name is remembered for the next login
// at this terminal so a cashier usually types only the PIN. On the demo outlet the demo users and
// their PINs are shown beside the form (DemoLogins).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from './lib/i18n';
import { useSession } from './lib/session';
import { DemoLogins, type DemoUser } from './DemoLogins';

const LAST_USER_KEY = 'kkmp.lastUser';

export function LoginScreen() {
  const { login, api } = useSession();
  const { t, err, lang, setLang } = useI18n();
  const [username, setUsername] = useState(() => localStorage.getItem(LAST_USER_KEY) ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const userRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const [demoUsers, setDemoUsers] = useState<DemoUser[]>([]);

  useEffect(() => {
    let alive = true;
    api.setup.status({}).then(
      (s) => alive && setDemoUsers(s.demoUsers),
      () => undefined, // an unreachable host: the login itself says so
    );
    return () => {
      alive = false;
    };
  }, [api]);

  function pickDemo(u: DemoUser) {
    setUsername(u.username);
    setPin(u.pin);
    pinRef.current?.focus();
  }

  useEffect(() => {
    // focus once on arrival: the PIN when the user name is remembered
    (userRef.current?.value ? pinRef : userRef).current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), pin);
      localStorage.setItem(LAST_USER_KEY, username.trim());
    } catch (caught) {
      setError(err(caught));
      setPin('');
      pinRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="center-page login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Kasir KKMP</h1>
        <p className="muted">{t('Masuk dengan nama pengguna dan PIN', 'Log in with your user name and PIN')}</p>
        <label>
          {t('Nama pengguna', 'User name')}
          <input ref={userRef} name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          PIN
          <input
            ref={pinRef}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            pattern="\d{4,8}"
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? t('Memeriksa…', 'Checking…') : t('Masuk', 'Log in')}
        </button>
        <button type="button" className="link" onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
          {lang === 'id' ? 'English' : 'Bahasa Indonesia'}
        </button>
      </form>
      <DemoLogins users={demoUsers} onPick={pickDemo} />
    </main>
  );
}
