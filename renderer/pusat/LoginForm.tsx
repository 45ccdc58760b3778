import { useState, type FormEvent } from 'react';
import { centralClient, type Output } from './centralClient';

export function LoginForm({ onLogin }: { onLogin: (s: Output<'auth.login'>) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLogin(await centralClient(null).auth.login({ username: username.trim(), password }));
    } catch (caught) {
      setError((caught as Error).message);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="login" aria-label="Masuk ke Pusat KKMP" onSubmit={submit}>
      <h1>Pusat KKMP</h1>
      <label>
        Nama pengguna
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoFocus required />
      </label>
      <label>
        Kata sandi
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        Masuk
      </button>
    </form>
  );
}
