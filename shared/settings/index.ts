// The settings registry: every key the software reads, with its value schema, the default a new
// outlet starts with, a one-line description (Bahasa Indonesia, English), where the value comes
// from and whether it is effective-dated. The readers in electron/services/settings are typed from
// it, so an unknown key or a wrong value type does not compile.
import type { z } from 'zod';
import type { SettingDef } from './define';
import { lpgSettings } from './lpg';
import { membersSettings } from './members';
import { operationsSettings } from './operations';
import { outletSettings } from './outlet';
import { paymentsSettings } from './payments';
import { printingSettings } from './printing';
import { staplesSettings } from './staples';

export type { SettingDef, SettingSource } from './define';
export { SUBSIDY_PROFILES } from './lpg';
export type { LpgLimitKey, SubsidyProfile } from './lpg';

export const settingsRegistry = {
  ...outletSettings,
  ...operationsSettings,
  ...printingSettings,
  ...lpgSettings,
  ...staplesSettings,
  ...membersSettings,
  ...paymentsSettings,
} satisfies Record<string, SettingDef>;

export type SettingKey = keyof typeof settingsRegistry;
/** The value a reader gets (after the schema's parse). */
export type SettingValue<K extends SettingKey> = z.output<(typeof settingsRegistry)[K]['schema']>;
/** The value a writer may give. */
export type SettingInput<K extends SettingKey> = z.input<(typeof settingsRegistry)[K]['schema']>;
/** Several settings at once, by key. */
export type SettingInputs = { [K in SettingKey]?: SettingInput<K> };

export const SETTING_KEYS = Object.keys(settingsRegistry) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingsRegistry, key);
}
