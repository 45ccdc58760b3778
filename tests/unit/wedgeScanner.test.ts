// The keyboard-wedge detector with fake timers and synthetic key events (no browser: a plain
// EventTarget stands in for window, a small object for an <input>).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachWedgeScanner } from '../../renderer/lib/wedgeScanner';

function keydown(target: EventTarget, key: string, on: object | null = null): Event {
  const e = new Event('keydown', { cancelable: true });
  Object.assign(e, { key, ctrlKey: false, altKey: false, metaKey: false });
  if (on) Object.defineProperty(e, 'target', { value: on });
  target.dispatchEvent(e);
  return e;
}

async function type(target: EventTarget, text: string, gapMs: number, on: { value: string } | null = null): Promise<void> {
  for (const ch of text) {
    keydown(target, ch, on);
    if (on) on.value += ch; // what the browser does after keydown
    await vi.advanceTimersByTimeAsync(gapMs);
  }
}

let win: EventTarget;
let scans: string[];
let invalid: string[];
let detach: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  win = new EventTarget();
  scans = [];
  invalid = [];
  detach = attachWedgeScanner(win, { onScan: (c) => scans.push(c), onInvalid: (c) => invalid.push(c), now: () => Date.now() });
});
afterEach(() => {
  detach();
  vi.useRealTimers();
});

describe('keyboard-wedge scanner', () => {
  it('takes a fast burst of 13 digits ending in Enter as one scan and swallows that Enter', async () => {
    await type(win, '8991234567891', 5);
    const enter = keydown(win, 'Enter');
    expect(scans).toEqual(['8991234567891']);
    expect(enter.defaultPrevented).toBe(true);
  });

  it('leaves human typing alone: slow keys then Enter are not a scan and Enter passes through', async () => {
    await type(win, '8991234567891', 35);
    const enter = keydown(win, 'Enter');
    expect(scans).toEqual([]);
    expect(enter.defaultPrevented).toBe(false);
  });

  it('ends a burst after a 40 ms gap: the part after the gap alone is too short', async () => {
    await type(win, '899123', 5);
    await vi.advanceTimersByTimeAsync(45);
    await type(win, '4567891', 5);
    keydown(win, 'Enter');
    expect(scans).toEqual([]);
  });

  it('ends a burst 200 ms after it started when no Enter comes', async () => {
    await type(win, '89912345678911234567890123456789012345', 6); // 38 keys × 6 ms > 200 ms
    keydown(win, 'Enter');
    expect(scans).toEqual([]);
  });

  it('needs at least 8 characters', async () => {
    await type(win, '1234567', 3);
    keydown(win, 'Enter');
    expect(scans).toEqual([]);
  });

  it('reports a fast burst with a wrong check digit as invalid, not as a scan', async () => {
    await type(win, '8991234567890', 5);
    keydown(win, 'Enter');
    expect(scans).toEqual([]);
    expect(invalid).toEqual(['8991234567890']);
  });

  it('passes member card codes with letters through as a scan', async () => {
    await type(win, 'KKMP-000123', 4);
    keydown(win, 'Enter');
    expect(scans).toEqual(['KKMP-000123']);
  });

  it('removes a scan that landed in a text input again, keeping what the person had typed', async () => {
    const input = { tagName: 'INPUT', value: '2', dispatchEvent: () => true };
    await type(win, '8991234567891', 5, input);
    expect(input.value).toBe('28991234567891');
    keydown(win, 'Enter', input);
    expect(scans).toEqual(['8991234567891']);
    expect(input.value).toBe('2');
  });

  it('leaves a field that reads codes itself (data-wedge="own") alone', async () => {
    const input = { tagName: 'INPUT', value: '', dataset: { wedge: 'own' }, dispatchEvent: () => true };
    await type(win, '8991234567891', 5, input);
    const enter = keydown(win, 'Enter', input);
    expect(scans).toEqual([]);
    expect(enter.defaultPrevented).toBe(false);
    expect(input.value).toBe('8991234567891');
  });

  it('leaves scans to the focused field while disabled (a dialog reads its own input)', async () => {
    detach();
    let enabled = false;
    detach = attachWedgeScanner(win, { onScan: (c) => scans.push(c), enabled: () => enabled, now: () => Date.now() });
    const input = { tagName: 'INPUT', value: '', dispatchEvent: () => true };
    await type(win, '8991234567891', 5, input);
    const enter = keydown(win, 'Enter', input);
    expect([scans, enter.defaultPrevented, input.value]).toEqual([[], false, '8991234567891']);
    enabled = true;
    await type(win, '8991234567891', 5);
    keydown(win, 'Enter');
    expect(scans).toEqual(['8991234567891']);
  });

  it('ignores shortcuts with Ctrl and stops listening when detached', async () => {
    keydown(win, 'c');
    const e = new Event('keydown');
    Object.assign(e, { key: 'v', ctrlKey: true });
    win.dispatchEvent(e);
    await type(win, '8991234567891', 5);
    detach();
    keydown(win, 'Enter');
    expect(scans).toEqual([]);
  });
});
