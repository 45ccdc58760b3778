import { describe, expect, it } from 'vitest';
import { tenPointProgress } from '../../electron/host/cli/progress';

describe('CLI export progress lines', () => {
  it('ends with 100 % even when the steps of 10 started off the round numbers (…, 47 %, 94 %)', () => {
    const lines: string[] = [];
    const report = tenPointProgress((l) => lines.push(l));
    for (const done of [0, 47, 94, 100]) report({ done, total: 100 });
    expect(lines).toEqual(['0% (0/100)', '47% (47/100)', '94% (94/100)', '100% (100/100)']);
  });

  it('prints one line per 10 points, not one per chunk', () => {
    const lines: string[] = [];
    const report = tenPointProgress((l) => lines.push(l));
    for (let done = 0; done <= 200; done++) report({ done, total: 200 });
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe('100% (200/200)');
  });
});
