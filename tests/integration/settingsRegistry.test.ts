// The settings registry against a real, freshly migrated SQLite file: the migrations seed exactly
// the registry's keys with its defaults, a value its schema refuses is never written, and a bad
// stored value reaches the user as an error naming the key instead of a value of the wrong type.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSettingKey, SETTING_KEYS, settingsRegistry } from '../../shared/settings';
import { errorText } from '../../shared/i18n/errorMessages';
import { putSetting, putSettingByName, settingOn } from '../../electron/services/settings/settings';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';

let h: TempHost;
let manajer: Caller;

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-11-20T01:15:00Z') });
  setupShop(h);
  manajer = await h.as('hendra', PINS.manajer);
});
afterEach(() => h.dispose());

function thrown(f: () => unknown): { code: string; params: Record<string, unknown> } {
  try {
    f();
  } catch (e) {
    return e as { code: string; params: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

describe('settings registry', () => {
  it('the migrations seed every registry key with its default, and nothing else', () => {
    const rows = h.core.db.prepare("SELECT key, value, set_by FROM settings WHERE valid_from = '2000-01-01' ORDER BY key").all() as {
      key: string;
      value: string;
      set_by: string | null;
    }[];
    expect(rows.map((r) => r.key)).toEqual([...SETTING_KEYS].sort());
    // The test host replaces a few seeds (idle minutes, the demo outlet's name): only the seeds themselves are held to the defaults.
    const seeded = rows.filter((r) => r.set_by === 'migration');
    expect(seeded.length).toBeGreaterThan(SETTING_KEYS.length - 5);
    for (const { key, value } of seeded) {
      if (!isSettingKey(key)) throw new Error(`unknown key ${key}`);
      const schema = settingsRegistry[key].schema;
      expect(schema.parse(JSON.parse(value)), key).toEqual(schema.parse(settingsRegistry[key].default));
    }
  });

  it('each rule profile writes only known settings with values their schemas accept', () => {
    for (const profile of ['subsidy.profile.2025', 'subsidy.profile.2026'] as const) {
      for (const [key, value] of Object.entries(settingsRegistry[profile].default)) {
        expect(isSettingKey(key), `${profile}: ${key}`).toBe(true);
        if (isSettingKey(key)) expect(settingsRegistry[key].schema.safeParse(value).success, `${profile}: ${key}`).toBe(true);
      }
    }
  });

  it('a value of the wrong type is refused and the value in force stays', () => {
    // Typed callers cannot even write this; data from outside (a profile, an editor) can try.
    const e = thrown(() => putSettingByName(h.core, 'lpg3.monthly_allocation', '2026-11-01', 'banyak', null));
    expect(e.code).toBe('SETTING_INVALID');
    expect(e.params.key).toBe('lpg3.monthly_allocation');
    expect(settingOn(h.core, 'lpg3.monthly_allocation', '2026-11-20')).toBe(250);
    expect(thrown(() => putSettingByName(h.core, 'lpg3.max_per_week', '2026-11-01', 3, null)).code).toBe('SETTING_UNKNOWN');
  });

  it('a damaged stored value is an error naming the key, in words', async () => {
    h.core.db.prepare("INSERT INTO settings (key, valid_from, value, set_at) VALUES ('lpg3.monthly_allocation', '2026-11-01', '\"banyak\"', 'x')").run();
    const e = await errorOf(manajer('reports.lpgAllocation', { fromMonth: '2026-11', toMonth: '2026-11' }));
    expect(e.code).toBe('SETTING_INVALID');
    expect(e.params.key).toBe('lpg3.monthly_allocation');
    expect(errorText(e.code, e.params as Record<string, string>, 'id')).toContain('Nilai pengaturan lpg3.monthly_allocation tidak sah');
    // A good value from a later date puts the report back in order; October never saw the bad one.
    putSetting(h.core, 'lpg3.monthly_allocation', '2026-11-01', 300, null);
    const months = await manajer<{ month: string; allocation: number }[]>('reports.lpgAllocation', { fromMonth: '2026-10', toMonth: '2026-11' });
    expect(months.map((m) => [m.month, m.allocation])).toEqual([
      ['2026-10', 250],
      ['2026-11', 300],
    ]);
  });
});
