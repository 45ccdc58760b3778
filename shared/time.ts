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

/** `YYYY-MM-DD` of the instant in the zone. */
/** The zone's offset per quarter hour of UTC, one map per zone (see zonedDateTimeFormatter). */
const zoneOffsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 15 * 60_000;

function offsetIn(ms: number, timeZone: string): number {
  let offsets = zoneOffsets.get(timeZone);
  if (!offsets) zoneOffsets.set(timeZone, (offsets = new Map()));
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    const start = new Date(bucket * QUARTER_HOUR);
    const p = partsIn(start, timeZone);
    offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - start.getTime();
    offsets.set(bucket, offset);
  }
  return offset;
}

/**
 * `YYYY-MM-DD` of the instant in the zone. Asked on every settings read of a sale (the business
 * day), so Intl is consulted once per quarter hour per zone and the rest is arithmetic.
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
 * is asked of Intl once per quarter hour of UTC and the wall clock is then plain arithmetic.
 * Every real offset change (DST, a zone's law) falls on a quarter hour, so inside one bucket the
 * offset is fixed; Asia/Makassar (WITA) has none at all (UTC+8, docs/domain/lpg-3kg.md on the
 * outlet's zone), so a year's export asks Intl ~35,000 times instead of once per row.
 */
export function zonedDateTimeFormatter(timeZone: string): (isoInstant: string) => string {
  return (isoInstant) => {
    const ms = Date.parse(isoInstant);
    const wall = new Date(ms + offsetIn(ms, timeZone)).toISOString();
    return `${wall.slice(0, 10)} ${wall.slice(11, 19)}`;
  };
}

export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
