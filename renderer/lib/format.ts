// Display formats for the screens: rupiah and quantities from shared/money, numbers and dates from
// shared/i18n/format (id-ID pinned, whatever the browser's locale), instants in the outlet's time
// zone (WITA by default).
import { formatQty, formatRupiah } from '../../shared/money';
import { formatDate, formatDateTime, formatMonth, formatPercent, formatNumber, formatCount, formatWallClock } from '../../shared/i18n/format';

export const OUTLET_TIME_ZONE = 'Asia/Makassar';

export const rupiah = formatRupiah;
export const qty = formatQty;
export const percent = formatPercent;
export const num = formatNumber;
export const month = formatMonth;
export const count = formatCount;
export const wallClock = formatWallClock;

/** `25/11/2026`: a calendar day as it is, an instant as its day in the outlet's zone. */
export function date(value: string | Date | null | undefined, timeZone = OUTLET_TIME_ZONE): string {
  return formatDate(value, timeZone);
}

/** `25/11/2026 14.03 WITA` */
export function dateTime(iso: string | Date, timeZone = OUTLET_TIME_ZONE): string {
  const text = formatDateTime(iso, timeZone);
  return text ? `${text} ${zoneLabel(timeZone)}` : '';
}

export function zoneLabel(timeZone: string): string {
  return timeZone === 'Asia/Makassar' ? 'WITA' : timeZone === 'Asia/Jakarta' ? 'WIB' : timeZone === 'Asia/Jayapura' ? 'WIT' : timeZone;
}
