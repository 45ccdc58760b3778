// `kkmp seed --demo`: one demo database that shows every feature. The core seeder makes the
// outlet, people, shelf and a month of counter sales; each feature appends its seeder to
// `demoSeeders` (LPG buyers and sales, members and simpanan, deliveries, ...). See context.ts
// for what a seeder receives. Deterministic: the same seed and end date give the same demo.
import { openCore, type Core } from '../core';
import { outletToday } from '../settings/settings';
import type { DemoContext, DemoDay, DemoSeeder } from './context';
import { lpgDemoSeeder } from './lpg';
import { runMonth, type MonthSummary } from './month';
import { seedOutlet, DEMO_PEOPLE } from './outlet';
import { seededRandom } from './prng';
import { seedMembersDemo } from './members';
import { backOfficeDemo } from './backOfficeDemo';
import { bukuKasDemo } from './bukuKas';

export type { DemoContext, DemoDay, DemoSeeder } from './context';
export { DEMO_PEOPLE } from './outlet';

/** Each feature adds one line here. They run in order, after the outlet and before the month. */
export const demoSeeders: DemoSeeder[] = [seedMembersDemo, backOfficeDemo, lpgDemoSeeder, bukuKasDemo];

export interface DemoOptions {
  /** The last business date of the demo month (today). */
  until: string;
  days?: number;
  seed?: number;
  /** Real time: on the last day no sale is later than this. */
  realNow: Date;
}

function businessDays(until: string, n: number): string[] {
  const end = new Date(`${until}T12:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) => new Date(end - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

/** The demo outlet is in Balikpapan: WITA, UTC+8 all year (no daylight saving). */
function witaInstant(date: string, hhmm: string): Date {
  return new Date(`${date}T${hhmm}:00+08:00`);
}

export function seedDemo(core: Core, clock: { now: Date }, options: DemoOptions, seeders: DemoSeeder[] = demoSeeders): MonthSummary {
  const days = businessDays(options.until, options.days ?? 30);
  const hooks: ((core: Core, day: DemoDay) => void)[] = [];
  clock.now = witaInstant(days[0]!, '07:00');
  // The demo is rebuilt, not precious: skip the per-commit fsync while making it, then restore.
  core.db.pragma('synchronous = OFF');
  try {
    const { users, products } = seedOutlet(core, days[0]!);
    const ctx: DemoContext = {
      clock,
      rng: seededRandom(options.seed ?? 20261125),
      users,
      pins: Object.fromEntries(Object.entries(DEMO_PEOPLE).map(([k, p]) => [k, p.pin])) as DemoContext['pins'],
      products,
      days,
      at: witaInstant,
      onDay: (fn) => hooks.push(fn),
    };
    for (const seeder of seeders) seeder(core, ctx);
    return runMonth(core, ctx, hooks, options.realNow);
  } finally {
    core.db.pragma('synchronous = FULL');
  }
}

/**
 * Seeds on a second connection to the core's file, whose clock the seeder drives through the
 * month: a host's clock is fixed when it opens. `until` defaults to the outlet's today; with an
 * `until`, the last day's sales stop at its end.
 */
export function seedDemoOnOwnClock(core: Core, options: { until?: string; seed?: number }): MonthSummary {
  const realNow = core.now();
  const clock = { now: realNow };
  const demo = openCore({ file: core.file, keys: core.keys, now: () => clock.now, saleRules: core.saleRules });
  try {
    return seedDemo(demo, clock, {
      until: options.until ?? outletToday(core, realNow),
      realNow: options.until ? new Date(`${options.until}T23:59:59+08:00`) : realNow,
      seed: options.seed,
    });
  } finally {
    demo.close();
  }
}
