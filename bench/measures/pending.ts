// Measurements whose subject is not on main yet: printed as NOT MEASURED with the reason, so the
// table always has every row the issue asks for.
import type { BenchContext } from '../lib/context';
import { notMeasured, type Figure } from '../lib/figures';

export async function lpgQuota(_ctx: BenchContext): Promise<Figure[]> {
  return [notMeasured('e.lpg-quota', 'LPG quota check per sale at 10k and 1M logbook rows', 'no growth with log size', 'the LPG 3 kg sale rule is not on main yet')];
}
