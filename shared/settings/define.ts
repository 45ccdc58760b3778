// The shape of one setting in the registry. A setting is a row of the effective-dated settings
// table (migrations/0001_core.sql); the registry says what its value may be, what a new outlet
// starts with, where the number comes from and whether a change is planned from a date.
import { z } from 'zod';

/** Where a value comes from, so the settings screen can say who decides it. */
export type SettingSource =
  /** A regulation or an official statement; `ref` names it as docs/domain does. */
  | { kind: 'regulation'; ref: string }
  /** The koperasi's own AD/ART or a decision of its RAT / pengurus. */
  | { kind: 'adart' }
  /** The gerai's own choice (equipment, habits, identity). */
  | { kind: 'outlet' };

export interface SettingDef<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** The value a new outlet starts with (the migrations seed exactly this from 2000-01-01). */
  default: z.input<S>;
  description: { id: string; en: string };
  source: SettingSource;
  /**
   * true: the value changes from a chosen date and past days keep the old value (prices, limits).
   * false: only the value in force now matters; a change applies from today.
   */
  effectiveDated: boolean;
}

export const regulation = (ref: string): SettingSource => ({ kind: 'regulation', ref });
export const ADART: SettingSource = { kind: 'adart' };
export const OUTLET_CHOICE: SettingSource = { kind: 'outlet' };

export function def<S extends z.ZodType>(
  schema: S,
  defaultValue: z.input<S>,
  id: string,
  en: string,
  source: SettingSource,
  effectiveDated: boolean,
): SettingDef<S> {
  return { schema, default: defaultValue, description: { id, en }, source, effectiveDated };
}

// Value shapes shared by several settings.
export const Flag = z.boolean();
export const Text = z.string().max(500);
export const Name = z.string().min(1).max(200);
export const Count = z.number().int().min(0);
export const PositiveCount = z.number().int().min(1);
export const Rupiah = z.number().int().min(0).max(1e13);
/** A percentage as a decimal string ("11", "12.5"): never a float. Its message is a rule name that
 * shared/i18n/validation.ts puts in words in the reader's language. */
export const Percent = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'percent');
/** How a limit is enforced: hard (refused), soft (needs a supervisor PIN), off. */
export const Mode = z.enum(['hard', 'soft', 'off']);
/** A limit; null means "no limit". */
export const Limit = Count.nullable();
