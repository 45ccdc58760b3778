// Long exports run as jobs off the request path: start returns at once, the export streams in
// the background (yielding to the event loop between ledger pages), and the caller polls (or
// listens to progress events), may cancel, and downloads the file when it is done.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileDownload } from '../../../shared/api/common';
import type { ExportJobView } from '../../../shared/api/exports';
import { AppError, isAppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { Core } from '../core';
import { exportKartuStok, type ExportFormat } from './kartuStokExport';

interface Job extends ExportJobView {
  file: string;
  /** Null when a system caller (the CLI) started it. */
  userId: string | null;
  products: number;
  startedAt: number;
  controller: AbortController;
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};
/** Beyond this a file goes through the CLI (or a file dialog), not a JSON download. */
const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;
const KEEP_MS = 60 * 60 * 1000;

const registry = new WeakMap<Core, Map<string, Job>>();

function jobsOf(core: Core): Map<string, Job> {
  let m = registry.get(core);
  if (!m) registry.set(core, (m = new Map()));
  return m;
}

export function startKartuStokJob(
  core: Core,
  req: { format: ExportFormat; skus: string[] | 'all'; from: string; to: string },
  userId: string | null,
  onProgress: (view: ExportJobView) => void = () => undefined,
): ExportJobView {
  prune(core);
  const jobId = uuidv7(core.now().getTime());
  const dir = join(tmpdir(), 'kkmp-exports');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = req.skus === 'all' ? 'semua' : req.skus.join('_').slice(0, 40);
  const job: Job = {
    jobId,
    status: 'running',
    done: 0,
    total: 0,
    error: null,
    products: 0,
    fileName: `kartu-stok_${name}_${req.from}_${req.to}.${req.format}`,
    file: join(dir, `${jobId}.${req.format}`),
    userId,
    startedAt: Date.now(),
    controller: new AbortController(),
  };
  jobsOf(core).set(jobId, job);
  let lastReport = 0;
  exportKartuStok(core, {
    ...req,
    out: job.file,
    signal: job.controller.signal,
    onProgress: (p) => {
      job.done = p.done;
      job.total = p.total;
      if (Date.now() - lastReport > 250) {
        lastReport = Date.now();
        onProgress(view(job));
      }
    },
  }).then(
    (r) => {
      job.status = 'done';
      job.done = job.total;
      job.products = r.products;
      onProgress(view(job));
    },
    (e: unknown) => {
      job.status = isAppError(e) && e.code === 'EXPORT_CANCELLED' ? 'cancelled' : 'failed';
      job.error = isAppError(e) ? { code: e.code, params: e.params } : { code: 'INTERNAL', params: {} };
      if (!isAppError(e)) console.error(e);
      onProgress(view(job));
    },
  );
  return view(job);
}

export function exportJobStatus(core: Core, jobId: string): ExportJobView {
  return view(find(core, jobId));
}

export function cancelExportJob(core: Core, jobId: string): ExportJobView {
  const job = find(core, jobId);
  job.controller.abort();
  return view(job);
}

export function downloadExportJob(core: Core, jobId: string): FileDownload {
  const job = find(core, jobId);
  if (job.status !== 'done') throw new AppError('EXPORT_NOT_READY', { status: job.status });
  const format = job.file.split('.').pop() as ExportFormat;
  const size = statSync(job.file).size;
  if (size > MAX_DOWNLOAD_BYTES) throw new AppError('EXPORT_TOO_LARGE', { megabytes: Math.ceil(size / 1048576) });
  return { fileName: job.fileName, mimeType: MIME[format], contentBase64: readFileSync(job.file).toString('base64') };
}

/** The CLI's way out: the finished file copied to a path on the host (no size limit). */
export function saveExportJob(core: Core, jobId: string, path: string): { file: string; products: number; rows: number } {
  const job = find(core, jobId);
  if (job.status !== 'done') throw new AppError('EXPORT_NOT_READY', { status: job.status });
  copyFileSync(job.file, path);
  // Saved is delivered: the temporary copy goes now, not at the next prune (the CLI exits first).
  rmSync(job.file, { force: true });
  jobsOf(core).delete(jobId);
  return { file: path, products: job.products, rows: job.total };
}

function find(core: Core, jobId: string): Job {
  const job = jobsOf(core).get(jobId);
  if (!job) throw new AppError('EXPORT_UNKNOWN', { jobId });
  return job;
}

function view(j: Job): ExportJobView {
  return { jobId: j.jobId, status: j.status, done: j.done, total: j.total, fileName: j.fileName, error: j.error };
}

function prune(core: Core): void {
  const jobs = jobsOf(core);
  for (const [id, j] of jobs) {
    if (j.status !== 'running' && Date.now() - j.startedAt > KEEP_MS) {
      rmSync(j.file, { force: true });
      jobs.delete(id);
    }
  }
}
