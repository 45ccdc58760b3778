// Which shifts are open: the desktop updater waits for none before installing; a sale needs its own.
import type { Core } from '../core';

export function openShiftTerminals(core: Core): string[] {
  const rows = core.db.prepare('SELECT DISTINCT terminal FROM shifts WHERE closed_at IS NULL ORDER BY terminal').all() as { terminal: string }[];
  return rows.map((r) => r.terminal);
}

export function isShiftOpen(core: Core, shiftId: string): boolean {
  return core.db.prepare('SELECT 1 FROM shifts WHERE id = ? AND closed_at IS NULL').get(shiftId) !== undefined;
}
