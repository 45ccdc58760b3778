// Keyboard-wedge scanners type the code as keys, fast, then Enter (docs/decisions/0004-platform-facts.md, "Scanners"). We listen
// on window in the capture phase: a burst whose average gap is under ~30 ms, at least 8 characters
// long and ending in Enter is a scan. A burst ends after a 40 ms gap or 200 ms without Enter.
// Typing is never stolen: characters still reach whatever has focus; only the final Enter of a
// real scan is taken, and the scanned characters are removed again from an input they landed in.
// A field marked data-wedge="own" (the cashier's scan field) reads codes itself, whatever the
// timing, so the detector leaves keys typed there alone.
import { parseScan, type Scan } from '../../shared/barcode';

export interface WedgeOptions {
  onScan(code: string, scan: Scan): void;
  /** A burst that looked like a scan but is not a valid code (e.g. a wrong check digit). */
  onInvalid?(code: string, scan: Scan): void;
  /** While false (a dialog reads its own input), scans are left to the focused field. */
  enabled?(): boolean;
  maxAverageGapMs?: number;
  flushGapMs?: number;
  timeoutMs?: number;
  minLength?: number;
  now?: () => number;
}

interface Burst {
  chars: string[];
  times: number[];
  /** The input the characters were typed into, and its value before the burst. */
  field: HTMLInputElement | HTMLTextAreaElement | null;
  fieldValueBefore: string;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

function textField(target: EventTarget | null): TextField | null {
  const el = target as { tagName?: string; value?: unknown } | null;
  if (!el || typeof el.tagName !== 'string') return null;
  const tag = el.tagName.toUpperCase();
  return (tag === 'INPUT' || tag === 'TEXTAREA') && typeof el.value === 'string' ? (target as TextField) : null;
}

/** Puts a value back into an input in a way React's onChange sees. */
function restoreValue(field: TextField, value: string): void {
  const proto = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  if (typeof Event === 'function') field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function attachWedgeScanner(target: EventTarget, options: WedgeOptions): () => void {
  const maxGap = options.maxAverageGapMs ?? 30;
  const flushGap = options.flushGapMs ?? 40;
  const timeout = options.timeoutMs ?? 200;
  const minLength = options.minLength ?? 8;
  const now = options.now ?? (() => performance.now());
  let burst: Burst | null = null;
  let gapTimer: ReturnType<typeof setTimeout> | null = null;
  let timeoutTimer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    burst = null;
    if (gapTimer) clearTimeout(gapTimer);
    if (timeoutTimer) clearTimeout(timeoutTimer);
    gapTimer = timeoutTimer = null;
  };

  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    if ((e.target as { dataset?: Record<string, string> } | null)?.dataset?.wedge === 'own') return flush();
    if (e.ctrlKey || e.altKey || e.metaKey) return flush();
    if (e.key === 'Enter') {
      const done = burst;
      flush();
      if (!done || done.chars.length < minLength) return;
      const span = done.times[done.times.length - 1]! - done.times[0]!;
      const average = span / Math.max(1, done.chars.length - 1);
      if (average >= maxGap || options.enabled?.() === false) return;
      const code = done.chars.join('');
      e.preventDefault();
      e.stopImmediatePropagation();
      if (done.field && done.field.value.endsWith(code)) restoreValue(done.field, done.fieldValueBefore);
      const scan = parseScan(code);
      if (scan.kind === 'invalid') options.onInvalid?.(code, scan);
      else options.onScan(code, scan);
      return;
    }
    if (e.key.length !== 1) return flush();
    const t = now();
    if (!burst) {
      const field = textField(e.target);
      burst = { chars: [], times: [], field, fieldValueBefore: field ? field.value : '' };
      timeoutTimer = setTimeout(flush, timeout);
    }
    burst.chars.push(e.key);
    burst.times.push(t);
    if (gapTimer) clearTimeout(gapTimer);
    gapTimer = setTimeout(flush, flushGap);
  };

  target.addEventListener('keydown', onKey, { capture: true });
  return () => {
    target.removeEventListener('keydown', onKey, { capture: true });
    flush();
  };
}
