// Serial printers (RS-232 or USB-CDC, e.g. /dev/ttyUSB0, COM4) through serialport. The port is
// opened per job and drained before closing, so "done" means the bytes left the UART buffer.
import { SerialPort } from 'serialport';
import { chunks, TransportError, withTimeout, type SendResult, type Transport } from './transport';

/** The part of a serialport stream we use (SerialPort, or SerialPortMock in tests). */
export interface SerialPortLike {
  readonly isOpen: boolean;
  open(cb: (err: Error | null) => void): void;
  write(data: Buffer, cb: (err: Error | null | undefined) => void): boolean;
  drain(cb: (err: Error | null) => void): void;
  close(cb: (err: Error | null) => void): void;
}

export interface SerialOptions {
  path: string;
  baudRate: number;
  writeTimeoutMs?: number;
  /** Tests pass a SerialPortMock factory; the default opens the real port. */
  createPort?: (options: { path: string; baudRate: number; autoOpen: false }) => SerialPortLike;
}

export function serialTransport(o: SerialOptions): Transport {
  const uri = `serial:${o.path}?baud=${o.baudRate}`;
  const timeout = o.writeTimeoutMs ?? 5000;
  const create = o.createPort ?? ((opts) => new SerialPort(opts));
  return {
    uri,
    async send(bytes: Uint8Array): Promise<SendResult> {
      const port = create({ path: o.path, baudRate: o.baudRate, autoOpen: false });
      let written = 0;
      try {
        await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
      } catch (e) {
        throw new TransportError('PRINTER_UNREACHABLE', 0, { printer: uri, reason: (e as Error).message });
      }
      try {
        for (const chunk of chunks(bytes)) {
          await withTimeout(
            new Promise<void>((resolve, reject) => {
              port.write(Buffer.from(chunk), (err) => (err ? reject(err) : port.drain((e) => (e ? reject(e) : resolve()))));
            }),
            timeout,
            () => new TransportError('PRINTER_WRITE_TIMEOUT', written, { printer: uri, size: bytes.length }),
          );
          written += chunk.length;
        }
        return { bytesWritten: written };
      } catch (e) {
        if (e instanceof TransportError) throw e;
        throw new TransportError('PRINTER_WRITE_FAILED', written, { printer: uri, size: bytes.length, reason: (e as Error).message });
      } finally {
        if (port.isOpen) port.close(() => undefined);
      }
    },
    status: async () => null,
  };
}
