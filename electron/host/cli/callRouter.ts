// How a kkmp command reaches the core: through the router, as the system caller named by --as
// (default `cli`, see systemCallers.ts) or, for a command that acts for a person (full NIKs),
// with that person's session after auth.login. A refusal comes back as the same AppError the
// HTTP face would answer, and runCli turns it into words and exit code 1.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { Host } from '../host';
import type { CallResult } from '../router';
import { isSystemCallerName, SYSTEM_CALLERS, systemCaller, type SystemCaller } from '../systemCallers';
import { flag, type ParsedArgs } from './args';

/** Who a command calls as: a system caller, or a person's session token. */
export type CliCaller = SystemCaller | { kind: 'session'; token: string };

export function callerOf(args: ParsedArgs): SystemCaller {
  const name = flag(args, 'as') ?? 'cli';
  if (!isSystemCallerName(name)) throw new AppError('CLI_FLAG_CHOICE', { flag: '--as', choices: Object.keys(SYSTEM_CALLERS).join('|') });
  return systemCaller(name);
}

function unwrap(r: CallResult): unknown {
  if (!r.ok) throw new AppError(r.error.code, r.error.params);
  return r.result;
}

export async function callApi<K extends MethodName>(host: Host, caller: CliCaller, method: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const r = caller.kind === 'session' ? await host.router.call(method, input, caller.token) : await host.router.callAs(caller, method, input);
  return unwrap(r) as MethodOutput<K>;
}

/** Logs the person in with their PIN, runs `work` with their session, and logs out again. */
export async function asPerson<T>(host: Host, username: string, pin: string, work: (caller: CliCaller) => Promise<T>): Promise<T> {
  const { token } = unwrap(await host.router.call('auth.login', { username, pin }, null)) as { token: string };
  try {
    return await work({ kind: 'session', token });
  } finally {
    await host.router.call('auth.logout', {}, token);
  }
}
