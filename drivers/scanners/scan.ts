// What every scanner path delivers: the code as scanned, where it came from, and (HID-POS) the
// AIM symbology identifier the scanner reported, e.g. "]E0" for EAN-13.
export interface Scan {
  code: string;
  source: string;
  aim?: string;
}

export type ScanListener = (scan: Scan) => void;

export interface ScannerHandle {
  source: string;
  close(): void;
}
