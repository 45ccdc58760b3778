// The main window reopens where the cashier left it, unless that place is no longer on any screen
// (a second monitor unplugged): then it opens on the primary display. The design target is a
// 1366×768 screen, so that is the default size.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1366, height: 768 };
const MIN_VISIBLE = 100;

/** Parses the saved JSON (anything unexpected counts as "nothing saved") and fits it to the screens. */
export function restoreWindowState(savedJson: string | null, workAreas: Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const fallback: WindowState = { bounds: centered(primary), maximized: true, fullScreen: false };
  const saved = parse(savedJson);
  if (!saved) return fallback;
  const visible = workAreas.some((area) => overlap(area, saved.bounds) >= MIN_VISIBLE);
  return visible ? saved : { ...saved, bounds: centered(primary, saved.bounds) };
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}

function parse(json: string | null): WindowState | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Partial<WindowState>;
    const b = v.bounds;
    if (!b || ![b.x, b.y, b.width, b.height].every((n) => Number.isInteger(n))) return null;
    if (b.width < 640 || b.height < 480) return null;
    return { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: v.maximized === true, fullScreen: v.fullScreen === true };
  } catch {
    return null;
  }
}

function centered(area: Rect, size: { width: number; height: number } = DEFAULT_SIZE): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height };
}

/** Smaller side of the intersection of two rectangles, in pixels (0 when apart). */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? Math.min(w, h) : 0;
}
