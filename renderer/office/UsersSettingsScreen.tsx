// Pengguna & pengaturan (admin): users and PIN resets, the outlet profile printed on receipts,
// and backups (daily to a chosen folder, keep N, back up now, verify one).
import type { MethodInput, MethodOutput } from '../../shared/api';
import { useState } from 'react';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { DataTable } from './DataTable';
import { ErrorBox, Page, useAction, useCall } from './officeKit';
import { ROLE_LABELS } from '../../shared/i18n/labels';
import { ROLES } from '../../shared/roles';

type Profile = MethodOutput<'settings.outlet'>;

export function UsersSettingsScreen() {
  const { t } = useI18n();
  return (
    <Page title={t('Pengguna & pengaturan', 'Users & settings')}>
      <Users />
      <OutletProfile />
      <Backups />
      <p className="muted">
        {t('Pulihkan cadangan: hentikan aplikasi, lalu jalankan', 'Restore a backup: stop the app, then run')}{' '}
        <code>npm run kkmp -- restore --db FILE --from BACKUP</code>
      </p>
    </Page>
  );
}

function Users() {
  const { t, label } = useI18n();
  const api = useApi();
  const users = useCall((api) => api.users.list({}), []);
  const action = useAction();
  const [pins, setPins] = useState<Record<string, string>>({});
  const [nu, setNu] = useState<MethodInput<'users.create'>>({ username: '', displayName: '', role: 'kasir', pin: '' });
  const run = (fn: () => Promise<unknown>) =>
    action.run(async () => {
      await fn();
      users.reload();
    });
  return (
    <section className="card" aria-label={t('Pengguna', 'Users')}>
      <h2>{t('Pengguna', 'Users')}</h2>
      <DataTable
        label={t('Daftar pengguna', 'User list')}
        rows={users.data ?? []}
        rowKey={(u) => u.id}
        columns={[
          { head: t('Nama pengguna', 'Username'), cell: (u) => u.username },
          { head: t('Nama', 'Name'), cell: (u) => u.displayName },
          { head: t('Peran', 'Role'), cell: (u) => label(ROLE_LABELS, u.role) },
          { head: t('Status', 'Status'), cell: (u) => (u.active ? (u.locked ? t('Terkunci', 'Locked') : t('Aktif', 'Active')) : t('Nonaktif', 'Inactive')) },
          {
            head: t('PIN baru', 'New PIN'),
            cell: (u) => (
              <input
                aria-label={`${t('PIN baru', 'New PIN')} ${u.username}`}
                type="password"
                inputMode="numeric"
                value={pins[u.id] ?? ''}
                onChange={(e) => setPins({ ...pins, [u.id]: e.target.value })}
              />
            ),
          },
          {
            head: null,
            cell: (u) => (
              <>
                <button type="button" className="small" onClick={() => void run(() => api.users.resetPin({ userId: u.id, pin: pins[u.id] ?? '' }))}>
                  {t('Atur ulang PIN', 'Reset PIN')}
                </button>{' '}
                <button type="button" className="small" onClick={() => void run(() => api.users.setActive({ userId: u.id, active: !u.active }))}>
                  {u.active ? t('Nonaktifkan', 'Deactivate') : t('Aktifkan', 'Activate')}
                </button>
              </>
            ),
          },
        ]}
      />
      <form
        className="grid"
        aria-label={t('Pengguna baru', 'New user')}
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => api.users.create(nu));
        }}
      >
        <label>
          {t('Nama pengguna', 'Username')}
          <input value={nu.username} onChange={(e) => setNu({ ...nu, username: e.target.value })} />
        </label>
        <label>
          {t('Nama tampilan', 'Display name')}
          <input value={nu.displayName} onChange={(e) => setNu({ ...nu, displayName: e.target.value })} />
        </label>
        <label>
          {t('Peran', 'Role')}
          <select value={nu.role} onChange={(e) => setNu({ ...nu, role: e.target.value as MethodInput<'users.create'>['role'] })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {label(ROLE_LABELS, r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          PIN
          <input type="password" inputMode="numeric" value={nu.pin} onChange={(e) => setNu({ ...nu, pin: e.target.value })} />
        </label>
        <button type="submit">{t('Tambah pengguna', 'Add user')}</button>
      </form>
      <ErrorBox error={action.error ?? users.error} />
    </section>
  );
}

function OutletProfile() {
  const profile = useCall((api) => api.settings.outlet({}), []);
  if (!profile.data) return <ErrorBox error={profile.error} />;
  return <OutletProfileForm saved={profile.data} />;
}

/** The form starts from the profile as loaded and shows what the core saved after each save. */
function OutletProfileForm(props: { saved: Profile }) {
  const { t } = useI18n();
  const api = useApi();
  const [f, setF] = useState<Profile>(props.saved);
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const text = (k: keyof Profile, label: string) => (
    <label>
      {label}
      <input value={String(f[k])} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
    </label>
  );
  return (
    <form
      className="card"
      aria-label={t('Profil gerai', 'Outlet profile')}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void action.run(async () => {
          setF(await api.settings.saveOutlet({ ...f, backupKeep: Number(f.backupKeep) }));
          setSaved(true);
        });
      }}
    >
      <h2>{t('Profil gerai dan cadangan', 'Outlet profile and backups')}</h2>
      <div className="grid">
        {text('name', t('Nama koperasi', 'Cooperative name'))}
        {text('badanHukumNo', t('No. badan hukum', 'Legal entity no.'))}
        {text('nib', 'NIB')}
        {text('address', t('Alamat', 'Address'))}
        {text('receiptHeader', t('Kepala struk', 'Receipt header'))}
        {text('receiptFooter', t('Kaki struk', 'Receipt footer'))}
        <label className="check">
          <input type="checkbox" checked={f.backupDailyEnabled} onChange={(e) => setF({ ...f, backupDailyEnabled: e.target.checked })} />
          {t('Cadangan harian otomatis', 'Daily automatic backup')}
        </label>
        {text('backupFolder', t('Folder cadangan', 'Backup folder'))}
        {text('backupKeep', t('Simpan berapa cadangan', 'Backups to keep'))}
      </div>
      <ErrorBox error={action.error} />
      {saved && (
        <p className="okmsg" role="status">
          {t('Tersimpan', 'Saved')}
        </p>
      )}
      <button type="submit" className="primary">
        {t('Simpan pengaturan', 'Save settings')}
      </button>
    </form>
  );
}

function Backups() {
  const { t } = useI18n();
  const api = useApi();
  const list = useCall((api) => api.backups.list({}), []);
  const action = useAction();
  const [result, setResult] = useState<Record<string, string>>({});
  return (
    <section className="card" aria-label={t('Cadangan', 'Backups')}>
      <h2>{t('Cadangan', 'Backups')}</h2>
      <button
        type="button"
        onClick={() =>
          void action.run(async () => {
            await api.backups.now({});
            list.reload();
          })
        }
        disabled={action.busy}
      >
        {t('Cadangkan sekarang', 'Back up now')}
      </button>
      <ErrorBox error={action.error ?? list.error} />
      <DataTable
        label={t('Daftar cadangan', 'Backup list')}
        rows={list.data ?? []}
        rowKey={(b) => b.name}
        columns={[
          { head: t('Berkas', 'File'), cell: (b) => b.name },
          { head: t('Hasil pemeriksaan', 'Check result'), cell: (b) => result[b.name] ?? '' },
          {
            head: null,
            cell: (b) => (
              <button
                type="button"
                className="small"
                aria-label={t(`Periksa ${b.name}`, `Verify ${b.name}`)}
                onClick={() =>
                  void action.run(async () => {
                    const r = await api.backups.verify({ name: b.name });
                    setResult({ ...result, [b.name]: r.ok ? t('Baik', 'OK') : r.problems.map((p) => p.check).join(', ') });
                  })
                }
              >
                {t('Periksa', 'Verify')}
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}
