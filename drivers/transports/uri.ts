// Printer addresses as the settings store them:
//   tcp://192.168.1.50:9100   file:/dev/usb/lp0   serial:/dev/ttyUSB0?baud=9600   windows:POS-80
//   Bluetooth (classic SPP) after pairing: serial:/dev/rfcomm0 (Linux), serial:COM5 (Windows).
import { AppError } from '../../shared/errors';
import { deviceFileTransport } from './deviceFile';
import { serialTransport, type SerialOptions } from './serial';
import { tcpTransport } from './tcp';
import type { Transport } from './transport';
import { winspoolTransport } from './winspool';

export type PrinterTarget =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'file'; path: string }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'windows'; name: string };

export function parsePrinterUri(uri: string): PrinterTarget {
  const invalid = () => new AppError('PRINTER_URI_INVALID', { uri });
  const m = /^([a-z]+):(.*)$/i.exec(uri.trim());
  if (!m) throw invalid();
  const scheme = m[1]!.toLowerCase();
  const rest = m[2]!;
  // Bluetooth Low Energy printers need chunked GATT writes that we cannot test honestly here.
  // Classic (SPP) Bluetooth printers work: once paired they are a serial port (docs).
  if (scheme === 'ble' || scheme === 'bluetooth') throw new AppError('PRINTER_BLE_UNSUPPORTED', { uri });
  if (scheme === 'tcp') {
    const hp = /^\/\/(\[[^\]]+\]|[^:/]+)(?::(\d{1,5}))?\/?$/.exec(rest);
    if (!hp) throw invalid();
    const port = hp[2] ? Number(hp[2]) : 9100;
    if (port < 1 || port > 65535) throw invalid();
    return { kind: 'tcp', host: hp[1]!.replace(/^\[|\]$/g, ''), port };
  }
  if (scheme === 'file') {
    const path = rest.replace(/^\/\/(?=\/)/, '');
    if (!path) throw invalid();
    return { kind: 'file', path };
  }
  if (scheme === 'serial') {
    const [path, query] = rest.split('?', 2);
    if (!path) throw invalid();
    const baud = new URLSearchParams(query ?? '').get('baud') ?? '9600';
    if (!/^\d{3,7}$/.test(baud)) throw invalid();
    return { kind: 'serial', path, baudRate: Number(baud) };
  }
  if (scheme === 'windows' && rest.trim()) return { kind: 'windows', name: rest.trim() };
  throw invalid();
}

export interface TransportOptions {
  connectTimeoutMs?: number;
  writeTimeoutMs?: number;
  createSerialPort?: SerialOptions['createPort'];
}

export function openTransport(uri: string, o: TransportOptions = {}): Transport {
  const t = parsePrinterUri(uri);
  switch (t.kind) {
    case 'tcp':
      return tcpTransport({ host: t.host, port: t.port, connectTimeoutMs: o.connectTimeoutMs, writeTimeoutMs: o.writeTimeoutMs });
    case 'file':
      return deviceFileTransport({ path: t.path, writeTimeoutMs: o.writeTimeoutMs });
    case 'serial':
      return serialTransport({ path: t.path, baudRate: t.baudRate, writeTimeoutMs: o.writeTimeoutMs, createPort: o.createSerialPort });
    case 'windows':
      return winspoolTransport(t.name);
  }
}
