// Network printers on port 9100 (raw). One connection per job: connect with a timeout, write in
// chunks and wait for each to be accepted (a printer that stops reading stalls the chunk and the
// write timeout fails the job with the bytes written so far), then close.
import { createConnection, type Socket } from 'node:net';
import {
  chunks,
  parseStatus,
  STATUS_REQUEST_PAPER,
  STATUS_REQUEST_PRINTER,
  TransportError,
  withTimeout,
  writeFailure,
  type PrinterStatus,
  type SendResult,
  type Transport,
} from './transport';

export interface TcpOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  writeTimeoutMs?: number;
  statusTimeoutMs?: number;
}

function connect(o: TcpOptions, uri: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: o.host, port: o.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new TransportError('PRINTER_CONNECT_TIMEOUT', 0, { printer: uri }));
    }, o.connectTimeoutMs ?? 3000);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(
        new TransportError(e.code === 'ECONNREFUSED' ? 'PRINTER_CONNECT_REFUSED' : 'PRINTER_UNREACHABLE', 0, { printer: uri, reason: e.code ?? e.message }),
      );
    });
  });
}

export function tcpTransport(o: TcpOptions): Transport {
  const uri = `tcp://${o.host}:${o.port}`;
  const writeTimeout = o.writeTimeoutMs ?? 5000;
  return {
    uri,
    async send(bytes: Uint8Array): Promise<SendResult> {
      const socket = await connect(o, uri);
      let written = 0;
      let failure: Error | null = null;
      socket.on('error', (e) => {
        failure = e;
      });
      try {
        for (const chunk of chunks(bytes)) {
          await withTimeout(
            new Promise<void>((resolve, reject) => {
              socket.write(chunk, (err) => (err ? reject(err) : resolve()));
            }),
            writeTimeout,
            () => new TransportError('PRINTER_WRITE_TIMEOUT', written, { printer: uri, size: bytes.length }),
          );
          if (failure) throw failure;
          written += chunk.length;
        }
        await withTimeout(
          new Promise<void>((resolve) => socket.end(resolve)),
          writeTimeout,
          () => new TransportError('PRINTER_WRITE_TIMEOUT', written, { printer: uri, size: bytes.length }),
        );
        return { bytesWritten: written };
      } catch (e) {
        throw writeFailure(e, written, uri, bytes.length);
      } finally {
        socket.destroy();
      }
    },

    async status(): Promise<PrinterStatus | null> {
      const socket = await connect(o, uri);
      const answers: number[] = [];
      try {
        const ask = (request: Uint8Array) =>
          withTimeout(
            new Promise<number>((resolve) => {
              socket.once('data', (d: Buffer) => resolve(d[0]!));
              socket.write(request);
            }),
            o.statusTimeoutMs ?? 1000,
            () => new Error('no answer'),
          );
        answers.push(await ask(STATUS_REQUEST_PRINTER));
        answers.push(await ask(STATUS_REQUEST_PAPER));
      } catch {
        // Many cheap printers never answer DLE EOT over the network: "unknown", not "offline".
      } finally {
        socket.destroy();
      }
      return answers.length === 0 ? null : parseStatus(answers[0]!, answers[1]);
    },
  };
}
