// A failed call: either the core said no ({code, params}) or the host could not be reached.
import type { ErrorParams } from '../../shared/errors';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
  /** The request never got an answer: the sale may be retried safely with the same id. */
  get offline(): boolean {
    return this.code === 'HOST_UNREACHABLE';
  }
}
