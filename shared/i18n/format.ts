// Numbers and dates for people, the same on every screen whatever the browser's or the PC's own
// locale: Intl with 'id-ID' pinned (decimal comma, dd/mm/yyyy), instants shown in the outlet's
// time zone (a WITA day for Balikpapan). Rupiah and quantities come from shared/money.
import { DATE_RE } from '../time';

const LOCALE = 'id-ID';
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE, options)));
  return f;
}

function numberFormat(digits: number): Intl.NumberFormat {
  const key = `n${digits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f;
}

/** `1.200`, `3,3`: a plain figure with at most `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  return numberFormat(digits).format(value);
}

/**
 * `3,3 %` from a percent figure already times 100, as the core reports them (a number, or a
 * decimal string such as `"3.3"` from decimal.js: display only, never summed again).
 */
export function formatPercent(value: number | string | null | undefined, digits = 1): string {
  const n = typeof value === 'string' ? Number(value) : value;
  if (n === null || n === undefined || !Number.isFinite(n) || value === '') return '—';
  return `${formatNumber(n, digits)} %`;
}

function utcNoon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/**
 * `25/11/2026`. A calendar day (`YYYY-MM-DD`) is shown as it is; an instant (ISO with a time)
 * becomes the day it was in `timeZone`.
 */
export function formatDate(value: string | Date | null | undefined, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DATE_RE.test(value)) {
    return dateFormat('dUTC', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(utcNoon(value));
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : '';
  return dateFormat(`d${timeZone}`, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(d);
}

/** `25/11/2026 14.03`: the wall clock in `timeZone` (the caller adds the zone's name where it helps). */
export function formatDateTime(value: string | Date | null | undefined, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : '';
  const parts = dateFormat(`dt${timeZone}`, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(d);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}.${p.minute}`;
}

/**
 * `25/11/2026 14:03:09`: the printed form (struk, Z report). Paper keeps the seconds, which
 * tell two sales of the same minute apart, and the colon, as receipt printers in Indonesia do.
 */
export function formatPrintedDateTime(value: string | Date, timeZone: string): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : '';
  const parts = dateFormat(`dts${timeZone}`, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(d);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** `14.03` in `timeZone`. */
export function formatTime(value: string | Date, timeZone: string): string {
  return formatDateTime(value, timeZone).slice(11);
}

/** `2026-11` → `Nov 2026` (`November 2026` with `long`). */
export function formatMonth(month: string, style: 'short' | 'long' = 'short'): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return month;
  return dateFormat(`m${style}`, { month: style, year: 'numeric', timeZone: 'UTC' }).format(utcNoon(`${month}-01`));
}

const enPlural = new Intl.PluralRules('en');

/** `3 barang` / `1 item`, `3 items`: Indonesian nouns do not change with the count, English ones do. */
export function formatCount(n: number, lang: 'id' | 'en', id: string, enOne: string, enOther: string): string {
  const figure = formatNumber(n, 3);
  if (lang === 'id') return `${figure} ${id}`;
  return `${figure} ${enPlural.select(n) === 'one' ? enOne : enOther}`;
}

/** A wall-clock stamp the core already put in the outlet's zone (`2026-11-25 14:03:09`) → `25/11/2026 14.03`. */
export function formatWallClock(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(stamp);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}.${m[5]}` : stamp;
}

/** `25/11/2026` (also `25-11-2026`, `25.11.2026`, `1/2/2026`) → `2026-11-25`; null unless a real calendar day. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `11/2026` → `2026-11`; null unless a real month. */
export function parseMonth(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null;
  return `${m[2]}-${m[1]!.padStart(2, '0')}`;
}

/** `2026-11` → `11/2026`, the month as typed into a field. */
export function formatMonthNumeric(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}/${m[1]}` : month;
}
