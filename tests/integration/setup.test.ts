import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareFirstRun } from '../../electron/host/http/firstRun';
import { openTempHost, type TempHost } from '../support/tempHost';
import { setting } from '../../electron/services/settings/settings';
import { errorText } from '../../shared/i18n/errorMessages';
import { issueSetupCode } from '../../electron/services/settings/setupCode';

// The demo outlet is a month of selling written through the real services: 20–40 s alone, well
// over a minute when CI runs other test files beside it; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const outletInput = {
  mode: 'outlet',
  outlet: { code: 'bpp01', name: 'KKMP Kelurahan Gunung Samarinda', address: 'Jl. Soekarno-Hatta Km 5', nib: '9120001234567', timeZone: 'Asia/Makassar' },
  admin: { username: 'rahmat', displayName: 'Rahmat (Ketua)', pin: '482915' },
  printer: { uri: 'tcp://192.168.1.50:9100', width: 80, model: 'xprinter-xp-t80q' },
};

describe('first run: setup.status and setup.initialize', () => {
  let h: TempHost;
  let setupCode: string;
  beforeEach(() => {
    h = openTempHost();
    setupCode = issueSetupCode(h.core)!;
  });
  afterEach(() => h.dispose());

  it("a new database asks for the wizard, with no user created behind anyone's back", async () => {
    expect(await h.router.call('setup.status', {}, null)).toEqual({
      ok: true,
      result: { needsSetup: true, outletName: null, printerModels: expect.arrayContaining([{ id: 'pos-5890', name: 'POS-5890' }]), demoUsers: [] },
    });
    expect(prepareFirstRun(h, { demo: false, lan: false })).toEqual([
      expect.stringMatching(/^Gerai belum disiapkan/),
      expect.stringMatching(/^Kode penyiapan .*: \d{4}-\d{4}$/),
      expect.stringMatching(/^Setup code/),
    ]);
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n).toBe(0);
    await expect(h.as('admin', '123456')).rejects.toThrow(/PIN_WRONG/);
  });

  it('the wizard saves the outlet profile and printer and creates the admin, who then logs in', async () => {
    const r = await h.router.call('setup.initialize', { ...outletInput, setupCode }, null);
    expect(r).toEqual({ ok: true, result: { user: { username: 'rahmat', displayName: 'Rahmat (Ketua)', role: 'admin' }, demoUsers: [] } });
    const admin = await h.as('rahmat', '482915');
    expect(await admin('auth.me')).toMatchObject({ username: 'rahmat', role: 'admin' });
    expect(setting(h.core, 'outlet.code')).toBe('BPP01');
    expect(setting(h.core, 'outlet.name')).toBe('KKMP Kelurahan Gunung Samarinda');
    expect(await admin('printer.config.get')).toMatchObject({ uri: 'tcp://192.168.1.50:9100', width: 80, model: 'xprinter-xp-t80q' });
    expect(await h.router.call('setup.status', {}, null)).toEqual({
      ok: true,
      result: { needsSetup: false, outletName: 'KKMP Kelurahan Gunung Samarinda', printerModels: [], demoUsers: [] },
    });
    const audit = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'setup.initialize'").get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ mode: 'outlet', code: 'BPP01', printer: 'tcp://192.168.1.50:9100' });
  });

  it('works only once: afterwards nobody can take the outlet over through the public method', async () => {
    await h.router.call('setup.initialize', { ...outletInput, setupCode }, null);
    const again = await h.router.call('setup.initialize', { ...outletInput, setupCode, admin: { username: 'intruder', displayName: 'x', pin: '0000' } }, null);
    expect(again).toEqual({ ok: false, error: { code: 'SETUP_ALREADY_DONE', params: {} } });
    expect(errorText('SETUP_ALREADY_DONE', {}, 'id')).toBe('Gerai ini sudah disiapkan. Masuk dengan PIN admin.');
    expect(await h.router.call('setup.initialize', { mode: 'demo', setupCode }, null)).toMatchObject({ ok: false, error: { code: 'SETUP_ALREADY_DONE' } });
    expect((h.core.db.prepare("SELECT COUNT(*) AS n FROM users WHERE username = 'intruder'").get() as { n: number }).n).toBe(0);
  });

  it('refuses a bad profile with the field that is wrong', async () => {
    const r = await h.router.call('setup.initialize', { ...outletInput, setupCode, admin: { ...outletInput.admin, pin: '12' } }, null);
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID', params: { path: 'admin.pin' } } });
    const nib = await h.router.call('setup.initialize', { ...outletInput, setupCode, outlet: { ...outletInput.outlet, nib: '123' } }, null);
    expect(nib).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID', params: { path: 'outlet.nib' } } });
    // a printer address the drivers cannot use rolls the whole setup back
    const printer = await h.router.call('setup.initialize', { ...outletInput, setupCode, printer: { uri: 'lpt1', width: 58, model: 'pos-5890' } }, null);
    expect(printer).toMatchObject({ ok: false, error: { code: 'PRINTER_URI_INVALID' } });
    expect(await h.router.call('setup.status', {}, null)).toMatchObject({ result: { needsSetup: true } });
  });

  it('"coba dengan data contoh" opens the team demo outlet (a month of selling), and shows its PINs', async () => {
    const r = await h.router.call('setup.initialize', { mode: 'demo', setupCode }, null);
    expect(r).toMatchObject({
      ok: true,
      result: { user: { username: 'admin', role: 'admin' }, demoUsers: expect.arrayContaining([{ username: 'kasir', role: 'kasir', pin: '1111' }]) },
    });
    const kasir = await h.as('kasir', '1111');
    expect(await kasir('auth.me')).toMatchObject({ role: 'kasir' });
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM sales').get() as { n: number }).n).toBeGreaterThan(100);
    // the host's own connection sees it all, and its clock was never moved by the seeder
    expect(h.core.now().toISOString()).toBe('2026-11-20T02:00:00.000Z');
    expect(await h.router.call('setup.status', {}, null)).toMatchObject({ result: { needsSetup: false, outletName: 'Gerai KKMP Gunung Samarinda Baru' } });
    expect(await h.router.call('setup.initialize', { mode: 'demo', setupCode }, null)).toMatchObject({ ok: false, error: { code: 'SETUP_ALREADY_DONE' } });
  });

  it('`npm run serve -- --demo` sets up the demo outlet; `--lan` never exposes the wizard', () => {
    expect(() => prepareFirstRun(h, { demo: false, lan: true })).toThrow(expect.objectContaining({ code: 'SETUP_NOT_ON_LAN' }));
    expect(prepareFirstRun(h, { demo: true, lan: false })).toEqual([expect.stringContaining('admin PIN 123456 (admin)')]);
    expect(prepareFirstRun(h, { demo: true, lan: true })).toEqual([]);
  });
});
