// Serial / USB-CDC scanners (/dev/ttyACM0, COM5): one code per line, terminated by CR (a trailing
// LF is tolerated). The port stays open for the life of the host.
import { ReadlineParser, SerialPort } from 'serialport';
import type { ScanListener, ScannerHandle } from './scan';

export interface SerialPortReadable {
  pipe<T extends NodeJS.WritableStream>(destination: T): T;
  on(event: 'error', listener: (err: Error) => void): unknown;
  close(cb?: (err: Error | null) => void): void;
}

export interface SerialScannerOptions {
  path: string;
  baudRate: number;
  onScan: ScanListener;
  onError?: (e: Error) => void;
  /** Tests pass a SerialPortMock factory. */
  createPort?: (options: { path: string; baudRate: number }) => SerialPortReadable;
}

export function openSerialScanner(o: SerialScannerOptions): ScannerHandle {
  const port = (o.createPort ?? ((opts) => new SerialPort(opts)))({ path: o.path, baudRate: o.baudRate });
  const source = `serial:${o.path}`;
  const lines = port.pipe(new ReadlineParser({ delimiter: '\r', encoding: 'latin1' }));
  lines.on('data', (line: string) => {
    const code = line.replace(/^\n+|\n+$/g, '').trim();
    if (code) o.onScan({ code, source });
  });
  port.on('error', (e) => o.onError?.(e));
  return { source, close: () => port.close() };
}
