// When a downloaded update may be installed. Installing restarts the app, so it never happens while
// a shift is open on any terminal of this database (a cashier mid-sale, a LAN terminal using this
// host): the update waits until every shift is closed, then installs when the app quits or when
// the manager chooses "Pasang pembaruan sekarang" from the menu.
export type UpdateDecision = { action: 'install' } | { action: 'wait'; reason: 'NO_UPDATE' } | { action: 'wait'; reason: 'SHIFT_OPEN'; terminals: string[] };

export interface UpdateState {
  /** electron-updater reported `update-downloaded`. */
  downloaded: boolean;
  /** Terminals with a shift still open (shifts.closed_at IS NULL). */
  openShiftTerminals: string[];
}

export function updateDecision(state: UpdateState): UpdateDecision {
  if (!state.downloaded) return { action: 'wait', reason: 'NO_UPDATE' };
  if (state.openShiftTerminals.length > 0) return { action: 'wait', reason: 'SHIFT_OPEN', terminals: [...state.openShiftTerminals] };
  return { action: 'install' };
}

/** What the manager is told, in Bahasa Indonesia first. */
export function updateMessage(version: string, decision: UpdateDecision): string {
  if (decision.action === 'install') return `Pembaruan ${version} siap dipasang saat aplikasi ditutup. / Update ${version} installs when the app closes.`;
  if (decision.reason === 'SHIFT_OPEN') {
    return `Pembaruan ${version} menunggu sampai shift ditutup (${decision.terminals.join(', ')}). / Update ${version} waits until the shift is closed.`;
  }
  return '';
}
