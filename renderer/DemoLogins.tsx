// On the demo outlet only: its users with their published PINs beside the login form, and a button
// per user that fills in the form (the login itself stays the ordinary PIN login, audited).
import type { MethodOutput } from '../shared/api';
import { ROLE_LABELS } from '../shared/i18n/labels';
import { useI18n } from './lib/i18n';
import { DataTable } from './office/DataTable';

export type DemoUser = MethodOutput<'setup.status'>['demoUsers'][number];

export function DemoLogins({ users, onPick }: { users: DemoUser[]; onPick(user: DemoUser): void }) {
  const { t, label } = useI18n();
  if (users.length === 0) return null;
  return (
    <section className="card demo-logins" aria-labelledby="demo-logins-title">
      <h2 id="demo-logins-title">{t('Gerai demo: coba dengan akun ini', 'Demo outlet: try these accounts')}</h2>
      <DataTable
        label={t('Pengguna demo', 'Demo users')}
        rows={users}
        rowKey={(u) => u.username}
        columns={[
          { head: t('Peran', 'Role'), cell: (u) => label(ROLE_LABELS, u.role) },
          { head: t('Nama pengguna', 'Username'), cell: (u) => u.username },
          { head: 'PIN', cell: (u) => `PIN ${u.pin}` },
          {
            head: null,
            cell: (u) => (
              <button type="button" className="small" onClick={() => onPick(u)}>
                {t(`Pakai akun ${u.username}`, `Use ${u.username}`)}
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}
