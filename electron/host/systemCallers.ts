// The callers that are not a person with a PIN: each face that acts on its own (the kkmp command
// line, the desktop main process) calls the router under one of these names, with the role given
// here. The router checks that role exactly as it checks a user's, and audit rows written during
// the call name the caller (`system:cli`). A new face adds a row here, nowhere else.
import type { Role } from '../../shared/roles';

export const SYSTEM_CALLERS = {
  /** Whoever runs kkmp on the shop PC already holds the database file; the CLI acts as admin. */
  cli: { role: 'admin', summary: 'the kkmp command line (default)' },
  /** `kkmp --as script`: least privilege for a scheduled script that only reads what a kasir may. */
  script: { role: 'kasir', summary: 'a scheduled script on the shop PC (kkmp --as script)' },
  /** The desktop main process: the menu's backup and the backup before an update installs. */
  desktop: { role: 'manajer', summary: 'the desktop app’s main process (menu, updates)' },
} as const satisfies Record<string, { role: Role; summary: string }>;

export type SystemCallerName = keyof typeof SYSTEM_CALLERS;

export interface SystemCaller {
  kind: 'system';
  name: SystemCallerName;
  role: Role;
}

export function systemCaller(name: SystemCallerName): SystemCaller {
  return { kind: 'system', name, role: SYSTEM_CALLERS[name].role };
}

export function isSystemCallerName(name: string): name is SystemCallerName {
  return Object.hasOwn(SYSTEM_CALLERS, name);
}
