import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { ErrorBody, FileDownload, IsoDate, type MethodContract } from './common';

const JobId = z.object({ jobId: z.string().min(1).max(64) });
const HostPath = z.string().min(1).max(1000);

/** An export job as the screens see it (also the payload of the 'export.progress' event). */
export const ExportJobView = z.strictObject({
  jobId: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Rows written so far, of total. */
  done: z.number().int(),
  total: z.number().int(),
  fileName: z.string(),
  error: ErrorBody.nullable(),
});
export type ExportJobView = z.infer<typeof ExportJobView>;

export const exportsApi = {
  'exports.kartuStok': {
    input: z
      .object({
        format: z.enum(['csv', 'xlsx', 'pdf']),
        /** Product codes; absent or empty with all=true exports the whole ledger with a summary. */
        skus: z.array(z.string().min(1).max(64)).max(1000).optional(),
        all: z.boolean().optional(),
        from: IsoDate,
        to: IsoDate,
      })
      .refine((v) => v.all || (v.skus?.length ?? 0) > 0, 'skus or all'),
    output: ExportJobView,
    roles: MANAGER_ROLES,
    summary: 'Start a kartu stok export job (CSV, XLSX or PDF); returns the job to poll.',
  },
  'exports.status': { input: JobId, output: ExportJobView, roles: MANAGER_ROLES, summary: 'Progress of an export job (rows done of total, status).' },
  'exports.cancel': { input: JobId, output: ExportJobView, roles: MANAGER_ROLES, summary: 'Cancel a running export; the partial file is deleted.' },
  'exports.download': {
    input: JobId,
    output: FileDownload,
    roles: MANAGER_ROLES,
    summary: 'The finished file as base64 with its name and MIME type (up to 64 MB; larger: CLI).',
  },
  'exports.save': {
    input: JobId.extend({ path: HostPath }),
    output: z.object({ file: z.string(), products: z.number().int(), rows: z.number().int() }),
    roles: MANAGER_ROLES,
    systemOnly: true,
    summary: 'CLI only: copy the finished export to a path on the host (any size); returns the counts.',
  },
} satisfies Record<string, MethodContract>;
