// A printer as a device file: /dev/usb/lp0 (Linux usblp, user in group lp or the udev rule) or
// a port name such as COM3 / \\.\COM3 on Windows. A write to an offline usblp printer can block
// in the kernel: the write timeout fails the job (the blocked write finishes or errors later).
import { open } from 'node:fs/promises';
import { chunks, TransportError, withTimeout, writeFailure, type SendResult, type Transport } from './transport';

export interface DeviceFileOptions {
  path: string;
  writeTimeoutMs?: number;
}

export function deviceFileTransport(o: DeviceFileOptions): Transport {
  const uri = `file:${o.path}`;
  const timeout = o.writeTimeoutMs ?? 5000;
  return {
    uri,
    async send(bytes: Uint8Array): Promise<SendResult> {
      let written = 0;
      let handle;
      try {
        handle = await withTimeout(open(o.path, 'w'), timeout, () => new TransportError('PRINTER_WRITE_TIMEOUT', 0, { printer: uri, size: bytes.length }));
      } catch (e) {
        if (e instanceof TransportError) throw e;
        const code = (e as NodeJS.ErrnoException).code ?? '';
        throw new TransportError(code === 'EACCES' ? 'PRINTER_DEVICE_DENIED' : 'PRINTER_UNREACHABLE', 0, { printer: uri, reason: code });
      }
      try {
        for (const chunk of chunks(bytes)) {
          const { bytesWritten } = await withTimeout(
            handle.write(chunk),
            timeout,
            () => new TransportError('PRINTER_WRITE_TIMEOUT', written, { printer: uri, size: bytes.length }),
          );
          written += bytesWritten;
          if (bytesWritten < chunk.length)
            throw new TransportError('PRINTER_WRITE_FAILED', written, { printer: uri, size: bytes.length, reason: 'short write' });
        }
        return { bytesWritten: written };
      } catch (e) {
        throw writeFailure(e, written, uri, bytes.length);
      } finally {
        void handle.close().catch(() => undefined);
      }
    },
    // usblp gives no ESC/POS status channel worth trusting here.
    status: async () => null,
  };
}
