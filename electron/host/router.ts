// The one way into the core: validate the input (zod) → check the caller's role → run the
// service → return a result or a typed error {code, params}. Electron IPC and HTTP come in with a
// session token (a person); the CLI and the desktop main process come in as a named system caller
// (systemCallers.ts) through callAs. Both take the same checks, so what the tests prove through
// HTTP is what the desktop app and the CLI do.
import { z } from 'zod';
import type { ErrorPayload } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import { issueParams, valueAt } from '../../shared/i18n/validation';
import type { MethodContract } from '../../shared/api/common';
import type { Core } from '../services/core';
import { sessionUser, type SessionUser } from '../services/auth/auth';
import { mapSqliteError } from '../db/connection';
import { asSystemActor } from '../services/auth/audit';
import type { EventBus } from './events';
import { withCallOrigin } from '../services/auth/callOrigin';
import type { HostEventMap } from '../../shared/events';
import type { SystemCaller } from './systemCallers';

export type Caller = { kind: 'user'; user: SessionUser } | SystemCaller;

export interface CallContext {
  core: Core;
  /** The person behind the session; null for a public call and for a system caller. */
  user: SessionUser | null;
  caller: Caller | null;
  token: string | null;
  events: EventBus;
}

export interface MethodImpl<C extends MethodContract = MethodContract> {
  contract: C;
  /** True when the handler works without a person (a system caller): see anyCaller. */
  system?: true;
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

/**
 * A handler that also serves system callers: it gets `caller` instead of a guaranteed user and
 * writes `actorId(ctx)` (null for a system caller) where a row points at users.
 */
export function anyCaller<C extends MethodContract>(
  contract: C,
  handle: (ctx: CallContext & { caller: Caller }, input: z.infer<C['input']>) => unknown,
): MethodImpl<C> {
  return { contract, system: true, handle: handle as MethodImpl<C>['handle'] };
}

/** The user id for a foreign key: the person's, or null for a system caller (the audit row names it). */
export function actorId(ctx: CallContext): string | null {
  return ctx.user?.id ?? null;
}

export type CallResult = { ok: true; result: unknown } | { ok: false; error: ErrorPayload };

/** Where a call comes from: the till ('host' = this machine, a paired device id, 'cli'). */
export interface CallMeta {
  terminal: string;
}

export interface Router {
  /** A person's call: the token names the session (null: only public methods). */
  call(name: string, input: unknown, token: string | null, meta?: CallMeta): Promise<CallResult>;
  /** A system caller's call (CLI, desktop main process): same validation and role check. */
  callAs(caller: SystemCaller, name: string, input: unknown): Promise<CallResult>;
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
  async function run(name: string, input: unknown, token: string | null, resolveCaller: () => Caller | null, terminal: string): Promise<CallResult> {
    try {
      const impl = Object.hasOwn(methods, name) ? methods[name] : undefined;
      if (!impl) throw new AppError('METHOD_UNKNOWN', { method: name });
      // Caller and role first: a stranger gets AUTH_REQUIRED and never a map of the schema.
      const caller = resolveCaller();
      // A method that reads or writes a path on the host's disk is for the host's own faces only.
      if (impl.contract.systemOnly && caller?.kind !== 'system') throw new AppError('METHOD_SYSTEM_ONLY', { method: name });
      if (impl.contract.roles !== 'public') {
        if (!caller) throw new AppError('AUTH_REQUIRED');
        const role = caller.kind === 'user' ? caller.user.role : caller.role;
        if (!impl.contract.roles.includes(role)) throw new AppError('ROLE_FORBIDDEN', { method: name, role });
      }
      const user = caller?.kind === 'user' ? caller.user : null;
      if (caller?.kind === 'system') {
        if (!impl.system) throw new AppError('SYSTEM_CALLER_UNSUPPORTED', { method: name, caller: caller.name });
      }
      const parsed = safeParse(impl.contract.input, input ?? {});
      if (!parsed.success) {
        const issue = parsed.error?.issues[0];
        throw new AppError('INPUT_INVALID', { method: name, ...(issue ? issueParams(issue, valueAt(input, issue.path)) : { path: '', rule: 'too_deep' }) });
      }
      // The PIN back-off counts by who calls from which till, and alerts the managers' screens.
      const origin = { callerId: user?.id ?? null, terminal, alert: (payload: HostEventMap['auth.alert']) => events.publish({ type: 'auth.alert', payload }) };
      const handle = () => withCallOrigin(origin, () => impl.handle({ core, user, caller, token, events }, parsed.data));
      const result = (await (caller?.kind === 'system' ? asSystemActor(caller.name, handle) : handle())) ?? null;
      if (validateOutputs) checkOutput(name, impl.contract, result);
      return { ok: true, result };
    } catch (e) {
      return { ok: false, error: toPayload(e, log) };
    }
  }
  return {
    methods,
    call(name, input, token, meta = { terminal: 'host' }) {
      return run(
        name,
        input,
        token,
        () => {
          const user = token ? sessionUser(core, token) : null;
          return user ? { kind: 'user', user } : null;
        },
        meta.terminal,
      );
    },
    callAs(caller, name, input) {
      return run(name, input, null, () => caller, caller.name);
    },
  };
}

/** zod's result, or a failure when the input is too deep for it to walk (a RangeError). */
function safeParse(schema: z.ZodType, input: unknown): { success: true; data: unknown } | { success: false; error?: z.ZodError } {
  try {
    return schema.safeParse(input);
  } catch (e) {
    if (e instanceof RangeError) return { success: false };
    throw e;
  }
}

function checkOutput(name: string, contract: MethodContract, result: unknown): void {
  if (!contract.output) return;
  const checked = contract.output.safeParse(result);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  // The developer's own words stay in the log; the params carry the rule for people.
  throw new AppError('OUTPUT_INVALID', {
    method: name,
    ...(issue ? { ...issueParams(issue, valueAt(result, issue.path)), message: issue.message } : { path: '', rule: 'invalid' }),
  });
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
