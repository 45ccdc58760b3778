// The shell: login, then the cashier screen or a back-office screen from the registry, with who is
// logged in, the language switch and logout always at the top.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Transport } from './lib/transport';
import { I18nProvider, useI18n } from './lib/i18n';
import { SessionProvider, useSession } from './lib/session';
import { navigate, useRoute } from './lib/route';
import { officeScreens } from './office/screens';
import { LoginScreen } from './LoginScreen';
import { FirstRunGate } from './setup/FirstRunGate';
import { PosScreen } from './pos/PosScreen';
import { ROLE_LABELS } from '../shared/i18n/labels';

export function App({ transport }: { transport: Transport }) {
  return (
    <I18nProvider>
      <SessionProvider transport={transport}>
        <Shell />
      </SessionProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { user, checking, logout } = useSession();
  const { t, lang, setLang, label } = useI18n();
  const route = useRoute();
  const screens = useMemo(() => (user ? officeScreens.filter((s) => s.roles.includes(user.role)) : []), [user]);
  // Each screen opens at its top, not where the last one was scrolled to.
  const content = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    content.current?.scrollTo(0, 0);
  }, [route]);

  if (checking)
    return (
      <main className="center-page" aria-busy="true">
        {t('Memuat…', 'Loading…')}
      </main>
    );
  if (!user)
    return (
      <FirstRunGate>
        <LoginScreen />
      </FirstRunGate>
    );

  const officeId = route.startsWith('office/') ? route.slice(7) : null;
  const office = officeId ? screens.find((s) => s.id === officeId) : undefined;

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Kasir KKMP</span>
        <nav aria-label={t('Menu utama', 'Main menu')} className={screens.length > 0 ? 'topnav own-row' : 'topnav'}>
          <a href="#/pos" aria-current={office ? undefined : 'page'}>
            {t('Kasir', 'Cashier')}
          </a>
          {screens.map((s) => (
            <a key={s.id} href={`#/office/${s.id}`} aria-current={office?.id === s.id ? 'page' : undefined}>
              {lang === 'id' ? s.titleId : s.titleEn}
            </a>
          ))}
        </nav>
        <span className="who" aria-label={t('Pengguna', 'User')}>
          {user.displayName} · {label(ROLE_LABELS, user.role)}
        </span>
        <button
          type="button"
          className="small"
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
          aria-label={t('Ganti bahasa ke English', 'Switch language to Bahasa Indonesia')}
        >
          {lang === 'id' ? 'EN' : 'ID'}
        </button>
        <button
          type="button"
          className="small"
          onClick={() => {
            void logout().then(() => navigate('pos'));
          }}
        >
          {t('Keluar', 'Log out')}
        </button>
      </header>
      <div className="content" ref={content}>
        {office ? <office.component /> : <PosScreen />}
      </div>
    </div>
  );
}
