// The one way into the core: validate the input (zod) → check the caller's role → run the
// service → return a result or a typed error {code, params}. Electron IPC, HTTP and the CLI all
// call this, so what the tests prove through HTTP is what the desktop app does.
import { z } from 'zod';
import type { ErrorPayload } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { MethodContract } from '../../shared/api/common';
import type { Core } from '../services/core';
import { sessionUser, type SessionUser } from '../services/auth/auth';
import { mapSqliteError } from '../db/connection';
import type { EventBus } from './events';

export interface CallContext {
  core: Core;
  user: SessionUser | null;
  token: string | null;
  events: EventBus;
}

export interface MethodImpl<C extends MethodContract = MethodContract> {
  contract: C;
  handle(ctx: CallContext, input: z.infer<C['input']>): unknown;
}

export type Methods = Record<string, MethodImpl>;

/**
 * What a handler may return for its contract: the output schema's input side (the router sends
 * `undefined` as null, so a `z.null()` method may simply return nothing). A contract without an
 * output is not checked.
 */
export type HandlerResult<C extends MethodContract> = C extends { output: infer O extends z.ZodType }
  ? null extends z.input<O>
    ? z.input<O> | void
    : z.input<O>
  : unknown;

type Handler<C extends MethodContract, Ctx> = (ctx: Ctx, input: z.infer<C['input']>) => HandlerResult<C> | Promise<HandlerResult<C>>;

/** Binds a contract to its handler: the input type flows from the schema, the return type is checked against the output. */
export function method<C extends MethodContract>(contract: C, handle: Handler<C, CallContext & { user: SessionUser }>): MethodImpl<C> {
  return { contract, handle: handle as MethodImpl<C>['handle'] };
}

export function publicMethod<C extends MethodContract>(contract: C, handle: Handler<C, CallContext>): MethodImpl<C> {
  return { contract, handle };
}

export type CallResult = { ok: true; result: unknown } | { ok: false; error: ErrorPayload };

export interface Router {
  call(name: string, input: unknown, token: string | null): Promise<CallResult>;
  methods: Methods;
}

export interface RouterOptions {
  /**
   * Parse every result with the method's output schema; a mismatch becomes OUTPUT_INVALID naming
   * the method and the path. On under vitest so drift between a service and its contract fails a
   * test; off in production, where the parse would only cost time on every call.
   */
  validateOutputs?: boolean;
}

export function createRouter(core: Core, methods: Methods, events: EventBus, log: (e: unknown) => void = console.error, options: RouterOptions = {}): Router {
  const validateOutputs = options.validateOutputs ?? Boolean(process.env.VITEST);
  return {
    methods,
    async call(name, input, token) {
      try {
        const impl = Object.hasOwn(methods, name) ? methods[name] : undefined;
        if (!impl) throw new AppError('METHOD_UNKNOWN', { method: name });
        const parsed = impl.contract.input.safeParse(input ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError('INPUT_INVALID', { method: name, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' });
        }
        const user = token ? sessionUser(core, token) : null;
        if (impl.contract.roles !== 'public') {
          if (!user) throw new AppError('AUTH_REQUIRED');
          if (!impl.contract.roles.includes(user.role)) throw new AppError('ROLE_FORBIDDEN', { method: name, role: user.role });
        }
        const result = (await impl.handle({ core, user, token, events }, parsed.data)) ?? null;
        if (validateOutputs) checkOutput(name, impl.contract, result);
        return { ok: true, result };
      } catch (e) {
        return { ok: false, error: toPayload(e, log) };
      }
    },
  };
}

function checkOutput(name: string, contract: MethodContract, result: unknown): void {
  if (!contract.output) return;
  const checked = contract.output.safeParse(result);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new AppError('OUTPUT_INVALID', { method: name, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' });
}

export function toPayload(e: unknown, log: (e: unknown) => void): ErrorPayload {
  if (e instanceof AppError) return { code: e.code, params: e.params };
  try {
    const mapped = mapSqliteError(e);
    return { code: mapped.code, params: mapped.params };
  } catch {
    log(e);
    return { code: 'INTERNAL', params: {} };
  }
}
