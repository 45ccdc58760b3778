// Display formats for the counter: rupiah and quantities from shared/money, dates in the outlet's
// time zone (WITA by default).
import { formatQty, formatRupiah } from '../../shared/money';
import { localDateTime } from '../../shared/time';

export const OUTLET_TIME_ZONE = 'Asia/Makassar';

export const rupiah = formatRupiah;
export const qty = formatQty;

/** `2026-11-25 14:03 WITA` */
export function dateTime(iso: string | Date, timeZone = OUTLET_TIME_ZONE): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return `${localDateTime(d, timeZone).slice(0, 16)} ${zoneLabel(timeZone)}`;
}

export function zoneLabel(timeZone: string): string {
  return timeZone === 'Asia/Makassar' ? 'WITA' : timeZone === 'Asia/Jakarta' ? 'WIB' : timeZone === 'Asia/Jayapura' ? 'WIT' : timeZone;
}
