import { describe, expect, it } from 'vitest';
import { quickRange } from '../../shared/reportRanges';

describe('quick report ranges', () => {
  it('count business days back over month and year ends', () => {
    expect(quickRange('today', '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-02' });
    expect(quickRange('yesterday', '2026-12-01')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(quickRange('week', '2027-01-03')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(quickRange('month', '2026-02-28')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(quickRange('yesterday', '2028-03-01')).toEqual({ from: '2028-02-29', to: '2028-02-29' });
  });
});
