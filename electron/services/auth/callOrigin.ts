// Who is calling and from which till, for the services that must know without every use case
// passing it along: the PIN back-off keys its counters by it. The router opens the scope around
// each handler; outside a call (scripts, the demo seeder) the origin is the host itself.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface PinAlert {
  username: string;
  source: string;
  failures: number;
  blockedUntil: string;
}

export interface CallOrigin {
  /** The logged-in user making the call (a kasir asking for an approval), null before login. */
  callerId: string | null;
  /** The till: 'host' for this machine, a paired device id on the LAN, 'cli' for the command line. */
  terminal: string;
  /** Tells the screens of a back-off (the router publishes it as the `auth.alert` event). */
  alert?: (alert: PinAlert) => void;
}

const storage = new AsyncLocalStorage<CallOrigin>();
const OUTSIDE: CallOrigin = { callerId: null, terminal: 'host' };

export function withCallOrigin<T>(origin: CallOrigin, run: () => T): T {
  return storage.run(origin, run);
}

export function callOrigin(): CallOrigin {
  return storage.getStore() ?? OUTSIDE;
}
