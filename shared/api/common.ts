import { z } from 'zod';
import { UUID_RE } from '../ids';
import { DATE_RE } from '../time';
import type { Role } from '../roles';

export const Uuid = z.string().regex(UUID_RE, 'UUID');
/** The range any date a koperasi enters can sensibly fall in (settings from 2000, plans to 2099). */
export const DATE_RANGE = { from: '2000-01-01', to: '2099-12-31' } as const;

/** A day that exists on the calendar (not 2026-02-30) within DATE_RANGE, as YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(DATE_RE, 'YYYY-MM-DD')
  .refine((d) => isCalendarDate(d) && d >= DATE_RANGE.from && d <= DATE_RANGE.to, `tanggal nyata ${DATE_RANGE.from}..${DATE_RANGE.to} / a real date`);

/** A month as YYYY-MM within DATE_RANGE. */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .refine((m) => m >= DATE_RANGE.from.slice(0, 7) && m <= DATE_RANGE.to.slice(0, 7), `${DATE_RANGE.from.slice(0, 7)}..${DATE_RANGE.to.slice(0, 7)}`);

function isCalendarDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, day));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
}
export const Rupiah = z.number().int().min(0).max(1e13);
export const QtyMilli = z.number().int().positive().max(1e9);
export const Pin = z.string().regex(/^\d{4,8}$/, 'PIN 4-8 digits');
export const Approval = z.object({ username: z.string().min(1).max(64), pin: Pin });

/**
 * One API method: its input schema, its output schema and who may call it ('public' = no session
 * needed). The renderer's client, docs/api.md and the router's output check are all typed from it.
 */
export interface MethodContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[] | 'public';
  /** One line for docs/api.md (generated from the contracts). */
  summary?: string;
  /**
   * The input names a path on the host's own disk (a backup target, a history file): only the
   * host's system callers (CLI, desktop main process) may call it, never a session over HTTP/IPC.
   */
  systemOnly?: true;
}

export const ALL_ROLES: readonly Role[] = ['kasir', 'supervisor', 'manajer', 'admin'];

/** A typed error as it travels inside a result (a failed print or export job), see shared/errors.ts. */
export const ErrorBody = z.strictObject({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) });

/** Every export (kartu stok, LPG logbook, SHU list, members) comes back to a screen in this shape. */
export const FileDownload = z.strictObject({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
export type FileDownload = z.infer<typeof FileDownload>;
