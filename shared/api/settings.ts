// The rules editor: every setting of the registry (shared/settings) with its words, default,
// value in force, source and history; a change is effective-dated and audited. The koperasi
// changes what it owns (shared/settings/ownership.ts); a regulator's value is read-only here.
import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, type MethodContract } from './common';

const Key = z.string().min(1).max(120);
const Words = z.strictObject({ id: z.string(), en: z.string() });
const Source = z.strictObject({ kind: z.enum(['regulation', 'adart', 'outlet']), ref: z.string().nullable() });

export const SettingRow = z.strictObject({
  key: z.string(),
  description: Words,
  source: Source,
  /** The koperasi may change it here; false: the regulator's value, shown read-only. */
  editable: z.boolean(),
  /** A change takes effect from a chosen date (past days keep the old value); false: from today. */
  effectiveDated: z.boolean(),
  default: z.json(),
  /** In force today (outlet time zone), and since when. */
  current: z.json().nullable(),
  currentFrom: z.string().nullable(),
  /** The next change already planned, if any. */
  next: z.strictObject({ value: z.json(), validFrom: z.string() }).nullable(),
});
export type SettingRow = z.infer<typeof SettingRow>;

export const SettingDetail = SettingRow.extend({
  history: z.array(z.strictObject({ validFrom: z.string(), value: z.json(), setBy: z.string().nullable(), setAt: z.string() })),
});
export type SettingDetail = z.infer<typeof SettingDetail>;

export const settingsApi = {
  'settings.list': {
    input: z.object({ editableOnly: z.boolean().optional() }),
    output: z.array(SettingRow),
    roles: MANAGER_ROLES,
    summary: 'Every setting with its words, source, default, value in force today and the next planned change.',
  },
  'settings.show': {
    input: z.object({ key: Key }),
    output: SettingDetail,
    roles: MANAGER_ROLES,
    summary: 'One setting with its whole history (each value and the date it took effect).',
  },
  'settings.set': {
    input: z.object({ key: Key, value: z.json(), validFrom: IsoDate.optional() }),
    output: SettingDetail,
    roles: MANAGER_ROLES,
    summary:
      'Change a setting the koperasi owns from a date (today or later, default today; history is never rewritten), checked by its schema and the rules between settings (SHU shares add to 100, PKP needs the NPWP); audited with the old value.',
  },
} satisfies Record<string, MethodContract>;
