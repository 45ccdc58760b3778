// First run. A new database has no user; until the wizard (or `kkmp init`) creates the first admin,
// setup.initialize is open to anyone who can reach the screen, and after that never again. The
// check and the writes share one IMMEDIATE transaction, so two screens racing cannot both win.
// It opens no session: the wizard then logs in through auth.login like every other login (audited).
import { AppError } from '../../../shared/errors';
import type { SetupChoice } from '../../../shared/api/setup';
import { knownModels } from '../../../drivers/escpos/profile';
import { audit } from '../auth/audit';
import { createUser } from '../auth/auth';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { DEMO_PEOPLE, seedDemoOnOwnClock } from '../demo';
import { setPrinterConfig } from '../printing/printing';
import { putSettings, setting } from './settings';
import { userCount } from '../auth/usersRepo';

/** Settings written by the wizard start at the same date as the migration defaults they replace. */
const PROFILE_FROM = '2000-01-01';

export function setupStatus(core: Core) {
  const needsSetup = userCount(core) === 0;
  return {
    needsSetup,
    outletName: needsSetup ? null : setting(core, 'outlet.name'),
    printerModels: needsSetup ? knownModels() : [],
    demoUsers: needsSetup ? [] : shownDemoUsers(core),
  };
}

/** The demo outlet's people with their published PINs, for its login screen; none elsewhere. A
 * demo user whose PIN was changed since still shows the demo PIN: the demo is for trying only. */
function shownDemoUsers(core: Core) {
  return setting(core, 'outlet.demo') ? demoUserList() : [];
}

function demoUserList() {
  return Object.values(DEMO_PEOPLE).map(({ username, role, pin }) => ({ username, role, pin }));
}

export function initializeOutlet(core: Core, input: SetupChoice) {
  if (input.mode === 'demo') return initializeDemo(core);
  return inTransaction(core, () => {
    refuseWhenSetUp(core);
    const o = input.outlet;
    putSettings(
      core,
      PROFILE_FROM,
      {
        'outlet.code': o.code,
        'outlet.name': o.name,
        'outlet.address': o.address,
        'outlet.badan_hukum_no': o.badanHukumNo,
        'outlet.nib': o.nib,
        'outlet.time_zone': o.timeZone,
      },
      null,
    );
    const admin = createUser(core, { username: input.admin.username, displayName: input.admin.displayName, role: 'admin', pin: input.admin.pin }, null);
    // The printer goes through the same checks and audit as "printer.config.set" later would.
    if (input.printer) setPrinterConfig(core, admin.id, input.printer);
    audit(core, {
      userId: admin.id,
      action: 'setup.initialize',
      entity: 'outlet',
      details: { mode: 'outlet', code: o.code, printer: input.printer?.uri ?? '' },
    });
    return { user: { username: admin.username, displayName: admin.displayName, role: admin.role }, demoUsers: [] };
  });
}

/**
 * The team's demo outlet (`kkmp seed --demo`: a month of selling through the real services). The
 * seeder drives its own clock, so it runs on a second connection to the same file whose clock it
 * controls. It cannot run inside one transaction (it changes the sync pragma), but the check and
 * the whole seeding are one synchronous call: no other request of this host can come in between,
 * and no LAN terminal exists yet (serve refuses --lan while setup is pending).
 */
function initializeDemo(core: Core) {
  refuseWhenSetUp(core);
  seedDemoOnOwnClock(core, {});
  inTransaction(core, () => audit(core, { userId: null, action: 'setup.initialize', entity: 'outlet', details: { mode: 'demo' } }));
  const admin = DEMO_PEOPLE.admin;
  return {
    user: { username: admin.username, displayName: admin.displayName, role: admin.role },
    demoUsers: demoUserList(),
  };
}

/**
 * `kkmp init` on the file it has just created: the outlet's code and name from the same date as
 * the migration defaults, and the first admin, in one transaction.
 */
export function initializeFile(core: Core, input: { outletCode?: string; outletName?: string; admin: { username: string; displayName: string; pin: string } }) {
  return inTransaction(core, () => {
    refuseWhenSetUp(core);
    putSettings(
      core,
      PROFILE_FROM,
      { ...(input.outletCode ? { 'outlet.code': input.outletCode } : {}), ...(input.outletName ? { 'outlet.name': input.outletName } : {}) },
      null,
    );
    const admin = createUser(core, { ...input.admin, role: 'admin' }, null);
    audit(core, { userId: null, action: 'setup.initialize', entity: 'outlet', details: { mode: 'file', code: input.outletCode ?? '' } });
    return { user: { username: admin.username, displayName: admin.displayName, role: admin.role } };
  });
}

/** The seeded demo's figures and its people with their published PINs. */
export function seedDemoOutlet(core: Core, options: { until?: string; seed?: number }) {
  const s = seedDemoOnOwnClock(core, options);
  audit(core, { userId: null, action: 'demo.seed', entity: 'outlet', details: { until: options.until ?? '', seed: options.seed ?? null } });
  return { shifts: s.shifts, sales: s.sales, voids: s.voids, returns: s.returns, people: demoUserList() };
}

function refuseWhenSetUp(core: Core): void {
  if (userCount(core) > 0) throw new AppError('SETUP_ALREADY_DONE');
}
