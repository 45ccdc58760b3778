// Days and months are calendar days in the outlet's time zone (Asia/Makassar, WITA, for
// Balikpapan): a sale at 23:59 WITA on the 31st belongs to the old month.
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<string, string> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

/**
 * The zone's offset from UTC, asked of Intl once per UTC day and zone: a day whose first and last
 * quarter hour have the same offset has it throughout, because no zone changes its offset twice
 * within 24 hours; a day where they differ (a DST change) is then asked per quarter hour, on which
 * every real change falls. Asia/Makassar (WITA) never changes (UTC+8, docs/domain/lpg-3kg.md on the
 * outlet's zone), so a year of sales or ledger rows costs Intl about 730 calls.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
const quarterOffsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 15 * 60_000;
const DAY = 24 * 3_600_000;

function intlOffset(ms: number, timeZone: string): number {
  const p = partsIn(new Date(ms), timeZone);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - ms;
}

function cached<V>(caches: Map<string, Map<number, V>>, timeZone: string): Map<number, V> {
  let c = caches.get(timeZone);
  if (!c) caches.set(timeZone, (c = new Map()));
  return c;
}

function offsetIn(ms: number, timeZone: string): number {
  const days = cached(dayOffsets, timeZone);
  const day = Math.floor(ms / DAY);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = intlOffset(day * DAY, timeZone);
    offset = first === intlOffset((day + 1) * DAY - QUARTER_HOUR, timeZone) ? first : null;
    days.set(day, offset);
  }
  if (offset !== null) return offset;
  const quarters = cached(quarterOffsets, timeZone);
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let q = quarters.get(bucket);
  if (q === undefined) quarters.set(bucket, (q = intlOffset(bucket * QUARTER_HOUR, timeZone)));
  return q;
}

/**
 * `YYYY-MM-DD` of the instant in the zone. Asked on every settings read of a sale (the business
 * day), so Intl is consulted once per day per zone (see offsetIn) and the rest is arithmetic.
 */
export function localDate(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid time value');
  return new Date(ms + offsetIn(ms, timeZone)).toISOString().slice(0, 10);
}

/** `YYYY-MM` of the instant in the zone. */
export function localMonth(instant: Date, timeZone: string): string {
  return localDate(instant, timeZone).slice(0, 7);
}

/** `YYYY-MM-DD HH:mm:ss` wall-clock time in the zone, for receipts and exports. */
export function localDateTime(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * A formatter for many instants in one zone (exports of a million ledger rows): the zone's offset
 * comes from offsetIn's day cache and the wall clock is then plain arithmetic, instead of Intl
 * once per row.
 */
export function zonedDateTimeFormatter(timeZone: string): (isoInstant: string) => string {
  return (isoInstant) => {
    const ms = Date.parse(isoInstant);
    const wall = new Date(ms + offsetIn(ms, timeZone)).toISOString();
    return `${wall.slice(0, 10)} ${wall.slice(11, 19)}`;
  };
}

export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
