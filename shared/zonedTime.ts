// The UTC instant a calendar day starts in a time zone: kartu stok periods are outlet days (WITA),
// the ledger stores UTC instants.
import { localDateTime } from './time';

function asUtcMillis(wall: string): number {
  return Date.parse(`${wall.replace(' ', 'T')}Z`);
}

/** ISO instant of 00:00 on `date` (YYYY-MM-DD) in `timeZone`. */
export function dayStartUtc(date: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let guess = midnightUtc;
  // Two passes settle the zone offset (also across a DST change, where zones have one).
  for (let i = 0; i < 2; i++) guess = midnightUtc - (asUtcMillis(localDateTime(new Date(guess), timeZone)) - guess);
  return new Date(guess).toISOString();
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
