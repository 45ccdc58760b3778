// Before anyone can log in, a new database needs its outlet and first admin: this gate asks
// setup.status once and shows the setup wizard instead of the login screen until that is done.
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import { SetupWizard } from './SetupWizard';
import type { PrinterModel } from './PrinterStep';

export function FirstRunGate({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const { t } = useI18n();
  const [needsSetup, setNeedsSetup] = useState<boolean | null>(null);
  const [models, setModels] = useState<PrinterModel[]>([]);

  useEffect(() => {
    let alive = true;
    api.setup
      .status({})
      .then((s) => {
        if (!alive) return;
        setModels(s.printerModels);
        setNeedsSetup(s.needsSetup);
      })
      // An older host without setup.status, or one still starting: the login screen says the rest.
      .catch(() => alive && setNeedsSetup(false));
    return () => {
      alive = false;
    };
  }, [api]);

  if (needsSetup === null)
    return (
      <main className="center-page" aria-busy="true">
        {t('Memuat…', 'Loading…')}
      </main>
    );
  if (needsSetup) return <SetupWizard printerModels={models} onDone={() => setNeedsSetup(false)} />;
  return <>{children}</>;
}
