// Calls a pusat method over HTTP(S): {ok, result} or a typed error, as the outlet's own API does.
// A pusat that cannot be reached is SYNC_UNREACHABLE: normal for an outlet offline for days.
import { AppError, type ErrorCode, type ErrorParams } from '../../../shared/errors';

export type CentralCall = (method: string, input: unknown) => Promise<unknown>;

export function httpCentral(baseUrl: string, timeoutMs = 30_000): CentralCall {
  const base = baseUrl.replace(/\/+$/, '');
  return async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new AppError('SYNC_UNREACHABLE', { url: base });
    }
    let body: { ok?: boolean; result?: unknown; error?: { code: string; params: ErrorParams } };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new AppError('SYNC_BAD_RESPONSE', { url: base, status: res.status });
    }
    if (body.ok) return body.result;
    // The pusat may be newer than this outlet: a code we have no words for still gets a sentence.
    throw new AppError((body.error?.code ?? 'SYNC_BAD_RESPONSE') as ErrorCode, body.error?.params ?? { url: base, status: res.status });
  };
}
