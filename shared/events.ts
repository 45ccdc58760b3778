// Every event the host pushes to screens (HTTP event stream, desktop bridge), with its payload.
// Publishers and subscribers are typed from this one map: a new event is added here first.
import type { ExportJobView } from './api/exports';
import type { PrintJobView } from './api/printing';

export interface HostEventMap {
  /** A barcode read by a HID-POS or serial scanner attached to the host (drivers/scanners); `aim` is the symbology id HID-POS reports, e.g. "]E0". */
  scan: { code: string; source: string; aim?: string; /** The till the scanner belongs to; absent: the host machine itself. */ terminal?: string };
  'sale.committed': { saleId: string; receiptNo: string };
  'sale.voided': { saleId: string; receiptNo: string };
  'sale.returned': { saleId: string; returnId: string };
  /** A print job reached its final state (done, or failed with bytes written). */
  'print.job': PrintJobView;
  'shift.opened': { shiftId: string; terminal: string };
  'shift.closed': { shiftId: string };
  /** An export job moved on (at most every 250 ms) or finished. */
  'export.progress': ExportJobView;
  'catalog.changed': Record<string, never>;
  /** Repeated wrong PINs from one place: for the manager's screen (also in the audit). */
  'auth.alert': { username: string; source: string; failures: number; blockedUntil: string };
}

export type HostEventType = keyof HostEventMap;
export type HostEvent = { [K in HostEventType]: { type: K; payload: HostEventMap[K] } }[HostEventType];
export const HOST_EVENT_TYPES = [
  'scan',
  'sale.committed',
  'sale.voided',
  'sale.returned',
  'print.job',
  'shift.opened',
  'shift.closed',
  'export.progress',
  'catalog.changed',
  'auth.alert',
] as const satisfies readonly HostEventType[];
