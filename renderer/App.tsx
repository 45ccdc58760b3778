// The shell: login, then the cashier screen or a back-office screen from the registry, with who is
// logged in, the language switch and logout always at the top.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Transport } from './lib/transport';
import { I18nProvider, useI18n } from './lib/i18n';
import { SessionProvider, useSession } from './lib/session';
import { navigate, useRoute } from './lib/route';
import { officeScreens } from './office/screens';
import { LoginScreen } from './LoginScreen';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { BackoffAlerts } from './office/BackoffAlerts';
import { MANAGER_ROLES } from '../shared/roles';
import { FirstRunGate } from './setup/FirstRunGate';
import { PosScreen } from './pos/PosScreen';
import { LeaveWarning } from './sync/LeaveWarning';
import { UnsentBadge } from './sync/UnsentBadge';
import { isWaiting, useUnsent } from './sync/useUnsent';
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
  const { t } = useI18n();
  const screens = useMemo(() => (user ? officeScreens.filter((s) => s.roles.includes(user.role)) : []), [user]);

  if (checking)
    return (
      <main className="center-page" aria-busy="true">
        {t('Memuat…', 'Loading…')}
      </main>
    );
  if (!user)
    return (
      <FirstRunGate>
        <ReadOnlyBanner />
        <LoginScreen />
      </FirstRunGate>
    );
  return <SignedIn screens={screens} logout={logout} />;
}

/** Logged in: the top bar (with what waits for the pusat) and the screen of the route. */
function SignedIn({ screens, logout }: { screens: typeof officeScreens; logout(): Promise<void> }) {
  const { user } = useSession();
  const { t, lang, setLang, label } = useI18n();
  const route = useRoute();
  // Each screen opens at its top, not where the last one was scrolled to.
  const content = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    content.current?.scrollTo(0, 0);
  }, [route]);
  const sync = useUnsent();
  const [leaving, setLeaving] = useState(false);
  const waiting = isWaiting(sync.unsent);
  // Closing the tab or the browser while the pusat lacks data: the browser asks before leaving.
  useEffect(() => {
    if (!waiting) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [waiting]);
  if (!user) return null;
  const leave = () => void logout().then(() => navigate('pos'));

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
        <UnsentBadge unsent={sync.unsent} />
        <button type="button" className="small" onClick={() => (waiting ? setLeaving(true) : leave())}>
          {t('Keluar', 'Log out')}
        </button>
      </header>
      {MANAGER_ROLES.includes(user.role) && <BackoffAlerts />}
      <div className="content" ref={content}>
        {office ? <office.component /> : <PosScreen />}
      </div>
      {leaving && sync.unsent && (
        <LeaveWarning
          unsent={sync.unsent}
          proceedLabel={t('Tetap keluar', 'Log out anyway')}
          onSent={sync.setUnsent}
          onProceed={() => {
            setLeaving(false);
            leave();
          }}
          onStay={() => setLeaving(false)}
        />
      )}
    </div>
  );
}
