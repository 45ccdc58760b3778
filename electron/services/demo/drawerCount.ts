// How a demo kasir counts the drawer at closing: the expected cash as notes and coins of the
// outlet's denominations, largest first; what cannot be made of them stays uncounted.
import type { Core } from '../core';
import { setting } from '../settings/settings';

export function countOut(core: Core, amount: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = amount;
  for (const d of setting(core, 'cash.denominations')) {
    const n = Math.floor(left / d);
    if (n > 0) {
      out[String(d)] = n;
      left -= n * d;
    }
  }
  return out;
}
