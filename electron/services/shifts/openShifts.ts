// Which terminals still have a shift open: the desktop updater waits for none before installing.
import type { Core } from '../core';

export function openShiftTerminals(core: Core): string[] {
  const rows = core.db.prepare('SELECT DISTINCT terminal FROM shifts WHERE closed_at IS NULL ORDER BY terminal').all() as { terminal: string }[];
  return rows.map((r) => r.terminal);
}
