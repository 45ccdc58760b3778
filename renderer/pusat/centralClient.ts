// The dashboards' client: one POST per pusat method, typed from the contract in shared/sync.
import type { z } from 'zod';
import { errorText } from '../../shared/i18n/errorMessages';
import type { CentralApi, CentralMethod } from '../../shared/sync/centralApi';
import type { ErrorParams } from '../../shared/errors';
import { createTree, type TreeOf } from '../../shared/api/client';

export type Output<M extends CentralMethod> = z.output<CentralApi[M]['output']>;
export type Input<M extends CentralMethod> = z.input<CentralApi[M]['input']>;

export class CentralError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams,
  ) {
    super(errorText(code, params, 'id'));
  }
}

/** The pusat's API as a tree typed from its contract: `api.dash.outlets({})`, no method names as strings. */
export type CentralTree = TreeOf<{ [M in CentralMethod]: (input: Input<M>) => Promise<Output<M>> }>;

export function centralClient(token: string | null): CentralTree {
  return createTree<CentralTree>(async (method, input) => {
    const res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; result?: unknown; error?: { code: string; params: ErrorParams } };
    if (!body.ok) throw new CentralError(body.error?.code ?? 'INTERNAL', body.error?.params ?? {});
    return body.result;
  });
}
