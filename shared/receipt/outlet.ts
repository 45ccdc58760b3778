// The outlet facts a receipt header carries (settings outlet.* and receipt.*), and the local time
// stamp with its Indonesian zone name.
import { formatPrintedDateTime } from '../i18n/format';
import type { DocBuilder } from './layout';

export interface OutletProfile {
  name: string;
  badanHukumNo: string;
  nib: string;
  npwp: string;
  address: string;
  header: string;
  footer: string;
  timeZone: string;
}

const ZONE_NAMES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** `20/11/2026 10:00:00 WITA`: the Indonesian dd/mm/yyyy a buyer reads on a struk. */
export function stamp(iso: string, timeZone: string): string {
  return `${formatPrintedDateTime(iso, timeZone)} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

/** Koperasi name, legal numbers and the gerai address, centred. */
export function outletHeader(b: DocBuilder, outlet: OutletProfile, withNpwp: boolean): void {
  b.center(outlet.name, true);
  if (outlet.badanHukumNo) b.center(`BH: ${outlet.badanHukumNo}`);
  if (outlet.nib) b.center(`NIB: ${outlet.nib}`);
  if (withNpwp && outlet.npwp) b.center(`NPWP: ${outlet.npwp}`);
  if (outlet.address) b.center(outlet.address);
  if (outlet.header) b.center(outlet.header);
}
