// The pusat's one way in, in the outlet router's style: validate the input with the contract's
// zod schema → resolve the session and check the role → run the method → return a result or a
// typed error {code, params}. 'outlet' methods are checked by their signature inside the service.
import { z } from 'zod';
import { AppError, type ErrorPayload } from '../shared/errors';
import { centralApi, type CentralApi, type CentralMethod } from '../shared/sync/centralApi';
import type { CentralDb } from './db';
import { userOfToken, type CentralUser } from './services/accounts';

export interface CentralContext {
  db: CentralDb;
  now: () => Date;
}

type Handler<M extends CentralMethod> = (
  ctx: CentralContext & { user: CentralUser },
  input: z.infer<CentralApi[M]['input']>,
) => Promise<z.infer<CentralApi[M]['output']>>;
export type CentralHandlers = { [M in CentralMethod]: Handler<M> };

export type CallResult = { ok: true; result: unknown } | { ok: false; error: ErrorPayload };

export interface CentralRouter {
  call(name: string, input: unknown, token: string | null): Promise<CallResult>;
}

export function createCentralRouter(ctx: CentralContext, handlers: CentralHandlers, log: (e: unknown) => void = console.error): CentralRouter {
  return {
    async call(name, input, token) {
      try {
        if (!Object.hasOwn(centralApi, name)) throw new AppError('METHOD_UNKNOWN', { method: name });
        const method = name as CentralMethod;
        const contract = centralApi[method];
        const parsed = contract.input.safeParse(input ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError('INPUT_INVALID', { method: name, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' });
        }
        let user: CentralUser | null = null;
        if (Array.isArray(contract.roles)) {
          user = token ? await userOfToken(ctx.db, token, ctx.now()) : null;
          if (!user) throw new AppError('AUTH_REQUIRED');
          if (!contract.roles.includes(user.role)) throw new AppError('ROLE_FORBIDDEN', { method: name, role: user.role });
        }
        const handler = handlers[method] as (c: CentralContext & { user: CentralUser }, i: unknown) => Promise<unknown>;
        // Public and outlet methods never read `user`; the type keeps role methods simple.
        const result = await handler({ ...ctx, user: user as CentralUser }, parsed.data);
        return { ok: true, result: contract.output.parse(result) };
      } catch (e) {
        if (e instanceof AppError) return { ok: false, error: { code: e.code, params: e.params } };
        log(e);
        return { ok: false, error: { code: 'INTERNAL', params: {} } };
      }
    },
  };
}
