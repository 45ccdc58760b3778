import { z } from 'zod';
import { ALL_ROLES, type MethodContract } from './common';

/** What the cashier screen shows before a rule bites, and the outlet it runs in. */
export interface CounterInfo {
  outletCode: string | null;
  outletName: string | null;
  timeZone: string;
  businessDate: string;
  /** Beras SPHP packs per buyer per transaction in force today; null when no SPHP rule is set. */
  sphpMaxPacks: number | null;
}

export const posApi = {
  'pos.info': { input: z.object({}), roles: ALL_ROLES, summary: 'The outlet, its time zone and business date, and the SPHP pack limit in force today, for the cashier screen.' },
} satisfies Record<string, MethodContract>;
