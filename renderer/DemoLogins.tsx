// On the demo outlet only: its users with their published PINs beside the login form, and a button
// per user that fills in the form (the login itself stays the ordinary PIN login, audited).
import type { MethodOutput } from '../shared/api';
import { useI18n } from './lib/i18n';

export type DemoUser = MethodOutput<'setup.status'>['demoUsers'][number];

const ROLE_WORDS: Record<DemoUser['role'], [string, string]> = {
  kasir: ['Kasir', 'Cashier'],
  supervisor: ['Supervisor', 'Supervisor'],
  manajer: ['Manajer', 'Manager'],
  admin: ['Admin', 'Admin'],
};

export function DemoLogins({ users, onPick }: { users: DemoUser[]; onPick(user: DemoUser): void }) {
  const { t, lang } = useI18n();
  if (users.length === 0) return null;
  return (
    <section className="card demo-logins" aria-labelledby="demo-logins-title">
      <h2 id="demo-logins-title">{t('Gerai demo: coba dengan akun ini', 'Demo outlet: try these accounts')}</h2>
      <table aria-label={t('Pengguna demo', 'Demo users')}>
        <tbody>
          {users.map((u) => (
            <tr key={u.username}>
              <td>{ROLE_WORDS[u.role][lang === 'id' ? 0 : 1]}</td>
              <td>{u.username}</td>
              <td>PIN {u.pin}</td>
              <td>
                <button type="button" className="small" onClick={() => onPick(u)}>
                  {t(`Pakai akun ${u.username}`, `Use ${u.username}`)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
