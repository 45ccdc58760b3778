// HID-POS barcode scanners (usage page 0x8C, usage 0x02) read raw through node-hid, so scans
// arrive even when no input field has focus and never as keystrokes.
// Input report 0x02: [0x02, length, AIM id (3 bytes, e.g. "]E0"), data..., continued flag (last
// byte, bit 0)]. `length` counts the data bytes of this report; a code longer than one report
// continues in the next ones until a report has the flag at 0.
import { devices, HID } from 'node-hid';
import { AppError } from '../../shared/errors';
import type { ScanListener, ScannerHandle } from './scan';

export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_USAGE_SCANNER = 0x02;
const REPORT_ID = 0x02;
const HEADER = 5;

export interface HidPosReport {
  aim: string;
  data: string;
  continued: boolean;
}

export function parseHidPosReport(report: ArrayLike<number>): HidPosReport | null {
  if (report.length < HEADER + 1 || report[0] !== REPORT_ID) return null;
  const available = report.length - HEADER - 1; // the last byte is the flag
  const length = Math.min(report[1]!, available);
  let aim = '';
  for (let i = 2; i < HEADER; i++) aim += String.fromCharCode(report[i]!);
  let data = '';
  for (let i = HEADER; i < HEADER + length; i++) data += String.fromCharCode(report[i]!);
  return { aim, data, continued: (report[report.length - 1]! & 0x01) === 1 };
}

/** Joins continued reports into whole scans. */
export class HidPosAssembler {
  private parts: string[] = [];
  private aim = '';

  push(report: ArrayLike<number>): { code: string; aim: string } | null {
    const r = parseHidPosReport(report);
    if (!r) return null;
    if (this.parts.length === 0) this.aim = r.aim;
    this.parts.push(r.data);
    if (r.continued) return null;
    const code = this.parts.join('').replace(/[\r\n]+$/, '');
    this.parts = [];
    return code ? { code, aim: this.aim } : null;
  }
}

/** What we need of a node-hid device (tests pass a fake one: no USB device exists here). */
export interface HidDeviceLike {
  on(event: 'data', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  close(): void;
}

export function findHidPosScanners(): { path: string; vendorId: number; productId: number; product: string }[] {
  return devices()
    .filter((d) => d.usagePage === HID_POS_USAGE_PAGE && d.usage === HID_POS_USAGE_SCANNER && d.path)
    .map((d) => ({ path: d.path!, vendorId: d.vendorId, productId: d.productId, product: d.product ?? '' }));
}

export interface HidPosOptions {
  /** A hidraw path, "VID:PID" in hex, or "auto" for the first HID-POS scanner found. */
  device: string;
  onScan: ScanListener;
  onError?: (e: Error) => void;
  open?: (path: string) => HidDeviceLike;
}

export function openHidPosScanner(o: HidPosOptions): ScannerHandle {
  const found = findPath(o.device, o.open !== undefined);
  const device = (o.open ?? ((p: string) => new HID(p)))(found);
  const assembler = new HidPosAssembler();
  const source = `hid:${o.device}`;
  device.on('data', (data: Buffer) => {
    const scan = assembler.push(data);
    if (scan) o.onScan({ code: scan.code, aim: scan.aim, source });
  });
  device.on('error', (e: Error) => o.onError?.(e));
  return { source, close: () => device.close() };
}

function findPath(device: string, injected: boolean): string {
  if (injected || device.startsWith('/') || device.startsWith('\\\\')) return device;
  const scanners = findHidPosScanners();
  const vidPid = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(device);
  const match = vidPid
    ? scanners.find((s) => s.vendorId === parseInt(vidPid[1]!, 16) && s.productId === parseInt(vidPid[2]!, 16))
    : device === 'auto'
      ? scanners[0]
      : undefined;
  if (!match) throw new AppError('SCANNER_NOT_FOUND', { device });
  return match.path;
}
