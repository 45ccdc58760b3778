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

/** The API as a tree of functions: 'lpg.buyers.find' is api.lpg.buyers.find. */
export type ApiTree = UnionToIntersection<{ [K in MethodName]: Nest<K, MethodFn<K>> }[MethodName]>;

export type Send = (method: MethodName, input: unknown) => Promise<unknown>;

/** A tree whose leaves call `send` with the dotted path. A node may be both a method and a parent
 * ('lpg.logbook' and 'lpg.logbook.export'), so every node is a callable proxy. */
export function createApiTree(send: Send): ApiTree {
  const node = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_t, key) => (typeof key === 'string' && key !== 'then' ? node([...path, key]) : undefined),
      apply: (_t, _this, args: unknown[]) => send(path.join('.') as MethodName, args[0] ?? {}),
    });
  return node([]) as ApiTree;
}
