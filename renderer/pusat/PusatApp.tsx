// The pusat dashboards: sign in, then the koperasi the account may see (the pusat decides which).
import { useMemo, useState } from 'react';
import { centralClient, type Output } from './centralClient';
import { Dashboard } from './Dashboard';
import { LoginForm } from './LoginForm';

export function PusatApp() {
  const [session, setSession] = useState<Output<'auth.login'> | null>(null);
  const api = useMemo(() => centralClient(session?.token ?? null), [session]);
  if (!session) return <LoginForm onLogin={setSession} />;
  return <Dashboard session={session} api={api} onLogout={() => setSession(null)} />;
}
