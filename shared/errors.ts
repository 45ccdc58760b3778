// A typed error travels from a service to the user as {code, params}; the renderer and the CLI
// turn the code into words (shared/i18n/errorMessages.ts). Params carry the facts, never PII.
// A code is an ErrorCode, a key of the message catalogues: a code without words does not compile.
import type { ErrorCode } from './i18n/errorMessages';

export type { ErrorCode };
export type ErrorParams = Record<string, string | number | boolean | null>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  params: ErrorParams;
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
