// Scanner addresses in the `scanner.uris` setting: hid:auto, hid:0c2e:0b61, hid:/dev/hidraw3,
// serial:/dev/ttyACM0?baud=9600.
import { AppError } from '../../shared/errors';
import { openHidPosScanner } from './hidPos';
import type { ScanListener, ScannerHandle } from './scan';
import { openSerialScanner } from './serialScanner';

export function openScanner(uri: string, onScan: ScanListener, onError?: (e: Error) => void): ScannerHandle {
  const hid = /^hid:(.+)$/.exec(uri);
  if (hid) return openHidPosScanner({ device: hid[1]!, onScan, onError });
  const serial = /^serial:([^?]+)(?:\?baud=(\d{3,7}))?$/.exec(uri);
  if (serial) return openSerialScanner({ path: serial[1]!, baudRate: Number(serial[2] ?? 9600), onScan, onError });
  throw new AppError('SCANNER_URI_INVALID', { uri });
}
