// Who may receive which host event. Sales and shifts are office business (a kasir's screen does not
// need other tills' receipts); a scan belongs to the till its scanner is attached to; a PIN alert is
// for the people who can act on it. The HTTP event stream and the desktop bridge both ask this.
import type { HostEvent, HostEventType } from '../../shared/events';
import type { Role } from '../../shared/roles';
import { sessionUser } from '../services/auth/auth';
import type { Core } from '../services/core';

const OFFICE: readonly Role[] = ['supervisor', 'manajer', 'admin'];
const EVERYONE: readonly Role[] = ['kasir', 'supervisor', 'manajer', 'admin'];

const AUDIENCE: Record<HostEventType, readonly Role[]> = {
  scan: EVERYONE,
  'catalog.changed': EVERYONE,
  'print.job': EVERYONE,
  'sale.committed': OFFICE,
  'sale.voided': OFFICE,
  'sale.returned': OFFICE,
  'shift.opened': OFFICE,
  'shift.closed': OFFICE,
  'export.progress': OFFICE,
  'auth.alert': ['manajer', 'admin'],
};

/** The terminal a scanner belongs to when it names none: the machine the host runs on. */
export const HOST_TERMINAL = 'host';

/** An event type nobody listed goes to nobody: a new event is given its audience here first. */
export function mayReceive(event: { type: string; payload: unknown }, role: Role, terminal: string): boolean {
  const audience = Object.hasOwn(AUDIENCE, event.type) ? AUDIENCE[event.type as HostEventType] : [];
  if (!audience.includes(role)) return false;
  if (event.type === 'scan') return ((event as Extract<HostEvent, { type: 'scan' }>).payload.terminal ?? HOST_TERMINAL) === terminal;
  return true;
}

export type EventDecision = 'send' | 'skip' | 'ended';

/** One session's gate on the event bus, for the HTTP stream and the desktop bridge alike: the
 * session is looked up at every event (a logout or an idle timeout ends it, a changed role counts
 * at once) and `terminal` is the till the screen stands at. */
export function sessionEventGate(core: Core, token: string, terminal: string): (event: HostEvent) => EventDecision {
  return (event) => {
    const user = sessionUser(core, token, { touch: false });
    if (!user) return 'ended';
    return mayReceive(event, user.role, terminal) ? 'send' : 'skip';
  };
}
