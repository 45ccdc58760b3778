// The rules editor on a real SQLite file, through the router and the kkmp CLI: the koperasi's own
// rules change from a date (never backwards), are checked with Indonesian words, audited, and the
// regulator's values stay read-only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { runCli } from '../../electron/host/cli/runCli';
import { errorText } from '../../shared/i18n/errorMessages';
import type { ErrorParams } from '../../shared/errors';
import { settingOn } from '../../electron/services/settings/settings';
import type { SettingDetail, SettingRow } from '../../shared/api/settings';

let h: TempHost;
let manajer: Caller;
const SHU = {
  cadangan: '30',
  jasaUsaha: '25',
  jasaModal: '20',
  danaPengurus: '5',
  danaKaryawan: '5',
  danaPendidikan: '5',
  danaSosial: '5',
  danaPembangunan: '5',
};

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-11-20T02:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  manajer = await h.as('budi', '222222');
});
afterEach(() => h.dispose());

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(argv, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
}

describe('rules editor', () => {
  it('lists each rule with words, source, default and value, and marks the regulator’s values read-only', async () => {
    const rows = await manajer<SettingRow[]>('settings.list', {});
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('shu.allocation')).toMatchObject({ editable: true, source: { kind: 'adart' }, current: SHU, currentFrom: '2000-01-01' });
    expect(byKey.get('sphp.het_per_kg')).toMatchObject({ editable: false, source: { kind: 'regulation', ref: 'Bapanas/Bulog: juknis SPHP 2025' } });
    expect(byKey.get('lpg3.max_qty_per_kk_per_month.USAHA_MIKRO')?.editable).toBe(true);
    expect(byKey.get('sphp.max_packs_per_buyer')?.editable).toBe(true);
    expect(byKey.get('tax.is_pkp')?.editable).toBe(true);
    // The settings nothing read are gone from the registry and from the database.
    for (const gone of ['auth.max_failed_pins', 'auth.lockout_minutes', 'lpg3.prohibited_business_types']) expect(byKey.has(gone)).toBe(false);
    expect(
      h.core.db
        .prepare("SELECT COUNT(*) AS n FROM settings WHERE key IN ('auth.max_failed_pins','auth.lockout_minutes','lpg3.prohibited_business_types')")
        .get(),
    ).toEqual({ n: 0 });
    expect(await errorOf(manajer('settings.set', { key: 'sphp.het_per_kg', value: 14_000, validFrom: '2026-12-01' }))).toEqual({
      code: 'SETTING_READ_ONLY',
      params: { key: 'sphp.het_per_kg', source: 'Bapanas/Bulog: juknis SPHP 2025' },
    });
  });

  it('changes the SHU shares from a date only when they add up to 100, keeps the past, and audits the change', async () => {
    const wrong = await errorOf(manajer('settings.set', { key: 'shu.allocation', value: { ...SHU, cadangan: '35' }, validFrom: '2027-01-01' }));
    expect(wrong).toEqual({ code: 'SHU_ALLOCATION_SUM', params: { total: '105' } });
    expect(errorText(wrong.code, wrong.params as ErrorParams, 'id')).toBe('Pembagian SHU harus berjumlah 100 %; yang diisi berjumlah 105 %.');
    expect((await errorOf(manajer('settings.set', { key: 'shu.allocation', value: SHU, validFrom: '2026-11-19' }))).code).toBe('SETTING_PAST_DATE');
    const next = { ...SHU, cadangan: '25', jasaUsaha: '30' };
    const d = await manajer<SettingDetail>('settings.set', { key: 'shu.allocation', value: next, validFrom: '2027-01-01' });
    expect(d.current).toEqual(SHU);
    expect(d.next).toEqual({ value: next, validFrom: '2027-01-01' });
    expect(d.history.map((x) => x.validFrom)).toEqual(['2000-01-01', '2027-01-01']);
    expect(settingOn(h.core, 'shu.allocation', '2026-12-31')).toEqual(SHU);
    expect(settingOn(h.core, 'shu.allocation', '2027-01-01')).toEqual(next);
    const audit = h.core.db.prepare("SELECT entity_id, details FROM audit_log WHERE action = 'settings.set'").all() as { entity_id: string; details: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ validFrom: '2027-01-01', old: SHU, new: next });
  });

  it("refuses a value its schema refuses in words of the reader's language, and PKP without an NPWP", async () => {
    const bad = await errorOf(manajer('settings.set', { key: 'sphp.max_packs_per_buyer', value: -1, validFrom: '2026-11-20' }));
    expect(bad.code).toBe('SETTING_VALUE_REFUSED');
    expect(errorText(bad.code, bad.params as ErrorParams, 'id')).toBe('Nilai untuk sphp.max_packs_per_buyer ditolak: Paling sedikit 1.');
    // The refusal carries facts, not a sentence: an English screen gets English words, not the host's Indonesian.
    expect(errorText(bad.code, bad.params as ErrorParams, 'en')).toBe('The value for sphp.max_packs_per_buyer was refused: At least 1.');
    const percent = await errorOf(manajer('settings.set', { key: 'shu.allocation', value: { ...SHU, cadangan: 'tiga puluh' }, validFrom: '2027-01-01' }));
    expect(errorText(percent.code, percent.params as ErrorParams, 'en')).toBe(
      'The value for shu.allocation.cadangan was refused: Must be a percentage in figures, e.g. 12,5.',
    );
    expect((await errorOf(manajer('settings.set', { key: 'tax.is_pkp', value: true, validFrom: '2026-12-01' }))).code).toBe('SETTING_PKP_NEEDS_NPWP');
    expect((await errorOf(manajer('settings.set', { key: 'outlet.npwp', value: '12.345', validFrom: '2026-12-01' }))).code).toBe('SETTING_NPWP_INVALID');
    await manajer('settings.set', { key: 'outlet.npwp', value: '01.234.567.8-901.000', validFrom: '2026-12-01' });
    await manajer('settings.set', { key: 'tax.is_pkp', value: true, validFrom: '2026-12-01' });
    expect(settingOn(h.core, 'tax.is_pkp', '2026-12-01')).toBe(true);
    expect(settingOn(h.core, 'tax.is_pkp', '2026-11-30')).toBe(false);
    // Emptying the NPWP while PKP is in force is refused.
    expect((await errorOf(manajer('settings.set', { key: 'outlet.npwp', value: '', validFrom: '2026-12-05' }))).code).toBe('SETTING_PKP_NEEDS_NPWP');
    // A per-category LPG limit, not only the profile switch.
    await manajer('settings.set', { key: 'lpg3.max_qty_per_kk_per_month.USAHA_MIKRO', value: 20, validFrom: '2026-12-01' });
    expect(settingOn(h.core, 'lpg3.max_qty_per_kk_per_month.USAHA_MIKRO', '2026-12-01')).toBe(20);
  });

  it('kkmp settings list, show and set go through the router as the cli caller', async () => {
    const set = await cli('settings', 'set', 'sphp.max_packs_per_buyer', '3', '--from', '2030-01-01', '--db', h.dbFile);
    expect(set.out).toContain('sphp.max_packs_per_buyer = 3 mulai 2030-01-01');
    expect(set.code).toBe(0);
    const show = await cli('settings', 'show', 'sphp.max_packs_per_buyer', '--db', h.dbFile);
    expect(show.out).toMatch(/2030-01-01 {2}3 {2}\(sistem/);
    expect(show.out).toContain('bawaan / default: 2');
    const list = await cli('settings', 'list', '--editable', '--db', h.dbFile);
    expect(list.out).toContain('sphp.max_packs_per_buyer = 2 (sejak 2000-01-01), mulai 2030-01-01: 3');
    expect(list.out).not.toContain('sphp.het_per_kg');
    // The tender bound is not effective-dated: it changes from today, and a date is refused.
    expect((await cli('settings', 'set', 'pos.tender_max', '5000000', '--from', '2030-01-01', '--db', h.dbFile)).out).toContain('berlaku mulai hari ini');
    expect((await cli('settings', 'set', 'pos.tender_max', '5000000', '--db', h.dbFile)).code).toBe(0);
    const refused = await cli('settings', 'set', 'shu.allocation', JSON.stringify({ ...SHU, cadangan: '10' }), '--from', '2030-01-01', '--db', h.dbFile);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Pembagian SHU harus berjumlah 100 %; yang diisi berjumlah 80 %.');
    const rows = h.core.db.prepare("SELECT entity_id, details FROM audit_log WHERE action = 'settings.set' ORDER BY id").all() as {
      entity_id: string;
      details: string;
    }[];
    expect(rows.map((r) => r.entity_id)).toEqual(['sphp.max_packs_per_buyer', 'pos.tender_max']);
    expect(JSON.parse(rows[0]!.details)).toMatchObject({ validFrom: '2030-01-01', old: 2, new: 3 });
  });
});
