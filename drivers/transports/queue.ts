// One job queue per printer: jobs print one after another, each is recorded with its outcome.
// A failed or partly written job stays failed (status, error code, bytes written): it is never
// retried on its own; the cashier reprints explicitly (a COPY), so no duplicate struk appears.
import type { ErrorPayload } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import { TransportError, type Transport } from './transport';

export type JobStatus = 'queued' | 'printing' | 'done' | 'failed';

export interface PrintJob {
  id: number;
  printer: string;
  title: string;
  status: JobStatus;
  bytesTotal: number;
  bytesWritten: number;
  error: ErrorPayload | null;
  createdAt: string;
  finishedAt: string | null;
}

const KEEP = 100;

// One sequence for every queue in the process: print.jobs lists the jobs of all printers
// together, and the screens match job events by id, so two printers must never share one.
let lastJobId = 0;

export class PrintQueue {
  private readonly history: PrintJob[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly transport: Transport,
    private readonly onChange: (job: PrintJob) => void = () => undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Queues the bytes; the promise resolves (never rejects) with the finished job. */
  submit(title: string, bytes: Uint8Array): { job: PrintJob; done: Promise<PrintJob> } {
    const job: PrintJob = {
      id: ++lastJobId,
      printer: this.transport.uri,
      title,
      status: 'queued',
      bytesTotal: bytes.length,
      bytesWritten: 0,
      error: null,
      createdAt: this.now().toISOString(),
      finishedAt: null,
    };
    this.history.push(job);
    if (this.history.length > KEEP) this.history.shift();
    this.onChange({ ...job });
    const done = this.tail.then(() => this.run(job, bytes));
    this.tail = done;
    return { job: { ...job }, done };
  }

  jobs(): PrintJob[] {
    return this.history.map((j) => ({ ...j }));
  }

  private async run(job: PrintJob, bytes: Uint8Array): Promise<PrintJob> {
    job.status = 'printing';
    this.onChange({ ...job });
    try {
      job.bytesWritten = (await this.transport.send(bytes)).bytesWritten;
      job.status = 'done';
    } catch (e) {
      job.status = 'failed';
      job.bytesWritten = e instanceof TransportError ? e.bytesWritten : 0;
      job.error =
        e instanceof AppError
          ? { code: e.code, params: e.params }
          : { code: 'PRINTER_WRITE_FAILED', params: { printer: job.printer, reason: (e as Error).message } };
    }
    job.finishedAt = this.now().toISOString();
    this.onChange({ ...job });
    return { ...job };
  }
}
