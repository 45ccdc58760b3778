// The client side of the contract: `api.sales.commit(input)` with the input and output types of
// 'sales.commit', built from the method table, so no screen names a method by string or states a
// result type by hand. Transports (HTTP, the desktop bridge) supply only `send`.
import type { MethodInput, MethodName, MethodOutput } from './index';

type Nest<P extends string, V> = P extends `${infer H}.${infer T}` ? { [k in H]: Nest<T, V> } : { [k in P]: V };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** One method as a function: the input may be left out when every field is optional. */
// `{} extends I` is the test for "every field optional".
export type MethodFn<K extends MethodName> =
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  {} extends MethodInput<K> ? (input?: MethodInput<K>) => Promise<MethodOutput<K>> : (input: MethodInput<K>) => Promise<MethodOutput<K>>;

/** Any contract's methods as a tree of functions: 'lpg.buyers.find' is api.lpg.buyers.find. */
export type TreeOf<Fns extends Record<string, unknown>> = UnionToIntersection<{ [K in keyof Fns & string]: Nest<K, Fns[K]> }[keyof Fns & string]>;

/** The outlet's API as that tree. */
export type ApiTree = TreeOf<{ [K in MethodName]: MethodFn<K> }>;

export type Send = (method: MethodName, input: unknown) => Promise<unknown>;

/** A tree whose leaves call `send` with the dotted path. A node may be both a method and a parent
 * ('lpg.logbook' and 'lpg.logbook.export'), so every node is a callable proxy. The pusat's
 * dashboards build theirs over the central contract the same way. */
export function createTree<T>(send: (method: string, input: unknown) => Promise<unknown>): T {
  const node = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_t, key) => (typeof key === 'string' && key !== 'then' ? node([...path, key]) : undefined),
      apply: (_t, _this, args: unknown[]) => send(path.join('.'), args[0] ?? {}),
    });
  return node([]) as T;
}

export function createApiTree(send: Send): ApiTree {
  return createTree<ApiTree>((method, input) => send(method as MethodName, input));
}
