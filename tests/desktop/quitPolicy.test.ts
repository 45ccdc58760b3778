// Quitting the desktop app (Electron itself cannot run here, so its glue is type-checked and the
// decision it follows is tested): it asks only when a configured pusat lacks data, and says how much.
import { describe, expect, it } from 'vitest';
import { quitChoice, quitQuestion } from '../../electron/host/desktop/quitPolicy';

describe('quitting while the pusat lacks data', () => {
  it('asks, naming the sales, when a central URL is set and sales are unacknowledged', () => {
    const q = quitQuestion({ configured: true, pending: 9, sales: 2, since: '2026-12-01T06:05:00Z' });
    expect(q?.message).toMatch(/^2 penjualan belum diterima pusat/);
    expect(q?.detail).toContain('tetap keluar');
  });

  it('names other records when no sale waits, and does not ask when nothing waits or no pusat is set', () => {
    expect(quitQuestion({ configured: true, pending: 3, sales: 0, since: '2026-12-01T06:05:00Z' })?.message).toMatch(/^3 data belum diterima pusat/);
    expect(quitQuestion({ configured: true, pending: 0, sales: 0, since: null })).toBeNull();
    expect(quitQuestion({ configured: false, pending: 0, sales: 0, since: null })).toBeNull();
    expect(quitQuestion(null)).toBeNull();
  });

  it('maps the buttons: wait (also Esc), send now, quit anyway', () => {
    expect([0, 1, 2].map(quitChoice)).toEqual(['wait', 'send', 'quit']);
  });
});
