import { z } from 'zod';
import { UUID_RE } from '../ids';
import { DATE_RE } from '../time';
import type { Role } from '../roles';

export const Uuid = z.string().regex(UUID_RE, 'UUID');
export const IsoDate = z.string().regex(DATE_RE, 'YYYY-MM-DD');
export const Rupiah = z.number().int().min(0).max(1e13);
export const QtyMilli = z.number().int().positive().max(1e9);
export const Pin = z.string().regex(/^\d{4,8}$/, 'PIN 4-8 digits');
export const Approval = z.object({ username: z.string().min(1).max(64), pin: Pin });

/** One API method: its input schema and who may call it ('public' = no session needed). */
export interface MethodContract<I extends z.ZodType = z.ZodType> {
  input: I;
  roles: readonly Role[] | 'public';
  /** One line for docs/api.md (generated from the contracts). */
  summary?: string;
}

export const ALL_ROLES: readonly Role[] = ['kasir', 'supervisor', 'manajer', 'admin'];
