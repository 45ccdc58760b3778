// What every demo seeder receives. The core seeder (outlet.ts) makes the outlet, its people, the
// catalog and opening stock; then each feature's seeder in demoSeeders (index.ts) adds its part;
// then the month of counter sales runs day by day, calling what the seeders registered onDay.
import type { SessionUser } from '../auth/auth';
import type { Core } from '../core';

export type DemoUserKey = 'admin' | 'manajer' | 'supervisor' | 'kasir' | 'kasir2';

export interface DemoDay {
  /** Business date, YYYY-MM-DD in the outlet time zone (Asia/Makassar). */
  date: string;
  /** The day's open shift (POS-1; today POS-2, left open): pass it as shiftId to sales. */
  shiftId: string;
  cashier: SessionUser;
  /** The last day is today: its shift stays open. */
  isToday: boolean;
}

export interface DemoContext {
  /** The seeding clock: core.now() returns clock.now. Set it (ctx.at) before each write. */
  clock: { now: Date };
  /** Seeded PRNG in [0, 1): the same seed gives the same demo (ids and PIN salts aside). */
  rng: () => number;
  /** The demo people; their PINs are in `pins` and in README (admin 123456, manajer 222222, supervisor 3333, kasir 1111, kasir2 4444). */
  users: Record<DemoUserKey, SessionUser>;
  pins: Record<DemoUserKey, string>;
  /** Product ids by SKU (SPHP5, MINYAK1, MINYAK2, GULA1, TEPUNG1, TELUR, LPG3, LPG3-KOSONG, LPG3-BARU, BG55, ...). */
  products: Record<string, string>;
  /** The business dates of the demo month, oldest first; the last one is today. */
  days: string[];
  /** The instant of a wall-clock time on a business date in the outlet's zone. */
  at(date: string, hhmm: string): Date;
  /** Work to do on each day while its shift is open (after the counter sales of that day). */
  onDay(fn: (core: Core, day: DemoDay) => void): void;
}

export type DemoSeeder = (core: Core, ctx: DemoContext) => void;
