// A transport moves one job's bytes to one printer. It reports how many bytes the OS accepted
// before a failure, because a half-printed struk must be shown to the cashier, never re-sent
// on its own (a second, duplicate struk is worse than a visible "cetak ulang" button).
import { AppError, type ErrorCode, type ErrorParams } from '../../shared/errors';

export interface SendResult {
  bytesWritten: number;
}

export interface PrinterStatus {
  online: boolean;
  paperOut: boolean;
  /** The raw DLE EOT answers, n=1 (printer) and n=4 (paper sensor). */
  raw: number[];
}

export interface Transport {
  readonly uri: string;
  send(bytes: Uint8Array): Promise<SendResult>;
  /** DLE EOT real-time status; null when this printer or transport does not answer. */
  status(): Promise<PrinterStatus | null>;
}

/** A failed send: the AppError code says why, `bytesWritten` how far the job got. */
export class TransportError extends AppError {
  constructor(
    code: ErrorCode,
    readonly bytesWritten: number,
    params: ErrorParams = {},
  ) {
    super(code, { ...params, bytesWritten });
  }
}

/** A failure mid-write (errno, socket error) as PRINTER_WRITE_FAILED with what got through; a
 * TransportError (a timeout, a short write) passes as it is. */
export function writeFailure(e: unknown, written: number, uri: string, size: number): TransportError {
  if (e instanceof TransportError) return e;
  return new TransportError('PRINTER_WRITE_FAILED', written, { printer: uri, size, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
}

export const DEFAULT_CHUNK = 4096;

export function* chunks(bytes: Uint8Array, size = DEFAULT_CHUNK): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(i + size, bytes.length));
}

/** Rejects with a TransportError when `work` has not settled in time. */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** DLE EOT 1 bit 3 = offline; DLE EOT 4 bits 5-6 = paper roll end. */
export function parseStatus(printer: number, paper: number | undefined): PrinterStatus {
  return { online: (printer & 0x08) === 0, paperOut: paper !== undefined && (paper & 0x60) === 0x60, raw: paper === undefined ? [printer] : [printer, paper] };
}

export const STATUS_REQUEST_PRINTER = Uint8Array.of(0x10, 0x04, 0x01);
export const STATUS_REQUEST_PAPER = Uint8Array.of(0x10, 0x04, 0x04);
