// Over the login page when the host cannot write its database (a read-only file or disk): without
// it the page looks ready and every login fails with a message about the PIN or the disk.
import { useEffect, useState } from 'react';
import { useI18n } from './lib/i18n';
import { useSession } from './lib/session';

export function ReadOnlyBanner() {
  const { api } = useSession();
  const { t } = useI18n();
  const [readOnly, setReadOnly] = useState(false);

  useEffect(() => {
    let alive = true;
    api.storage
      .status({})
      .then((s) => alive && setReadOnly(s.readOnly))
      // an older host without the method: nothing to announce
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [api]);

  if (!readOnly) return null;
  return (
    <div role="alert" className="banner error" aria-label={t('Database hanya-baca', 'Read-only database')}>
      <strong>{t('Database hanya-baca.', 'Read-only database.')}</strong>{' '}
      {t(
        'Kasir KKMP tidak bisa menyimpan apa pun: tidak ada yang bisa masuk atau berjualan. Minta petugas IT memperbaiki izin file database atau disknya, lalu muat ulang halaman ini.',
        'Kasir KKMP cannot save anything: nobody can log in or sell. Ask the IT person to fix the database file or disk permission, then reload this page.',
      )}
    </div>
  );
}
