// Every event the host pushes to screens (HTTP event stream, desktop bridge), with its payload.
// Publishers and subscribers are typed from this one map: a new event is added here first.
export interface HostEventMap {
  /** A barcode read by a HID-POS or serial scanner attached to the host. */
  scan: { code: string; source: string; terminal?: string | null };
  'sale.committed': { saleId: string; receiptNo: string };
  'sale.voided': { saleId: string; receiptNo: string };
  'sale.returned': { saleId: string; returnId: string };
  'print.job': unknown;
  'shift.opened': { shiftId: string; terminal: string };
  'shift.closed': { shiftId: string };
  'export.progress': unknown;
  'catalog.changed': Record<string, never>;
}

export type HostEventType = keyof HostEventMap;
export type HostEvent = { [K in HostEventType]: { type: K; payload: HostEventMap[K] } }[HostEventType];
export const HOST_EVENT_TYPES = ['scan', 'sale.committed', 'sale.voided', 'sale.returned', 'print.job', 'shift.opened', 'shift.closed', 'export.progress', 'catalog.changed'] as const satisfies readonly HostEventType[];
