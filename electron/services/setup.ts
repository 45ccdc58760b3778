// First run. A new database has no user; until the wizard (or `kkmp init`) creates the first admin,
// setup.initialize is open to anyone who can reach the screen, and after that never again. The
// check and the writes share one IMMEDIATE transaction, so two screens racing cannot both win.
// It opens no session: the wizard then logs in through auth.login like every other login (audited).
import { AppError } from '../../shared/errors';
import type { SetupInput } from '../../shared/api/setup';
import { knownModels } from '../../drivers/escpos/profile';
import { audit } from './audit';
import { createUser } from './auth';
import type { Core } from './core';
import { inTransaction } from './core';
import { seedDemoOutlet, DEMO_USERS } from './demoOutlet';
import { setPrinterConfig } from './printing';
import { putSetting, setting } from './settings';

/** Settings written by the wizard start at the same date as the migration defaults they replace. */
const PROFILE_FROM = '2000-01-01';

export function setupStatus(core: Core): { needsSetup: boolean; outletName: string | null; printerModels: { id: string; name: string }[] } {
  const needsSetup = userCount(core) === 0;
  return { needsSetup, outletName: needsSetup ? null : setting<string>(core, 'outlet.name'), printerModels: needsSetup ? knownModels() : [] };
}

export function initializeOutlet(core: Core, input: SetupInput) {
  if (input.mode === 'demo') {
    inTransaction(core, () => {
      refuseWhenSetUp(core);
      seedDemoOutlet(core);
      audit(core, { userId: null, action: 'setup.initialize', entity: 'outlet', details: { mode: 'demo' } });
    });
    const admin = DEMO_USERS[0];
    return { user: { username: admin.username, displayName: admin.displayName, role: admin.role }, demoUsers: DEMO_USERS.map(({ username, role, pin }) => ({ username, role, pin })) };
  }
  return inTransaction(core, () => {
    refuseWhenSetUp(core);
    const o = input.outlet;
    const profile: [string, unknown][] = [
      ['outlet.code', o.code],
      ['outlet.name', o.name],
      ['outlet.address', o.address],
      ['outlet.badan_hukum_no', o.badanHukumNo],
      ['outlet.nib', o.nib],
      ['outlet.time_zone', o.timeZone],
    ];
    for (const [key, value] of profile) putSetting(core, key, PROFILE_FROM, value, null);
    const admin = createUser(core, { username: input.admin.username, displayName: input.admin.displayName, role: 'admin', pin: input.admin.pin }, null);
    // The printer goes through the same checks and audit as "printer.config.set" later would.
    if (input.printer) setPrinterConfig(core, admin.id, input.printer);
    audit(core, { userId: admin.id, action: 'setup.initialize', entity: 'outlet', details: { mode: 'outlet', code: o.code, printer: input.printer?.uri ?? '' } });
    return { user: { username: admin.username, displayName: admin.displayName, role: admin.role }, demoUsers: [] };
  });
}

function userCount(core: Core): number {
  return (core.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

function refuseWhenSetUp(core: Core): void {
  if (userCount(core) > 0) throw new AppError('SETUP_ALREADY_DONE');
}

