import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPortMock } from 'serialport';
import { tcpTransport } from '../../drivers/transports/tcp';
import { deviceFileTransport } from '../../drivers/transports/deviceFile';
import { serialTransport } from '../../drivers/transports/serial';
import { openTransport, parsePrinterUri } from '../../drivers/transports/uri';
import { PrintQueue } from '../../drivers/transports/queue';
import { encodeDocument } from '../../drivers/escpos/encode';
import { defaultProfile } from '../../drivers/escpos/profile';
import { decodeJob } from '../../drivers/escpos/tokenizer';
import { buildSaleReceipt } from '../../shared/receipt/saleReceipt';
import { sampleReceiptInput } from '../support/receiptFixtures';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function listen(onSocket: (s: Socket) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(onSocket);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const sockets = new Set<Socket>();
  server.on('connection', (s) => sockets.add(s));
  cleanups.push(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });
  return { server, port: (server.address() as { port: number }).port };
}

const receipt = encodeDocument(buildSaleReceipt(sampleReceiptInput(58)), defaultProfile(58));

describe('TCP 9100 transport (loopback printer)', () => {
  it('delivers a struk byte for byte', async () => {
    const received: Buffer[] = [];
    let ended!: () => void;
    const gotAll = new Promise<void>((r) => (ended = r));
    const { port } = await listen((s) => {
      s.on('data', (d) => received.push(d));
      s.on('end', () => ended());
    });
    const result = await tcpTransport({ host: '127.0.0.1', port }).send(receipt);
    await gotAll;
    expect(result.bytesWritten).toBe(receipt.length);
    expect(Buffer.concat(received).equals(Buffer.from(receipt))).toBe(true);
    expect(decodeJob(Buffer.concat(received)).qrcodes).toEqual(['GI-20261120-0007']);
  });

  it('a refused connection fails the job with PRINTER_CONNECT_REFUSED and 0 bytes', async () => {
    const { server, port } = await listen(() => undefined);
    await new Promise<void>((r) => server.close(() => r()));
    await expect(tcpTransport({ host: '127.0.0.1', port }).send(receipt)).rejects.toMatchObject({ code: 'PRINTER_CONNECT_REFUSED', bytesWritten: 0 });
  });

  it('a printer that stops reading mid-job fails with PRINTER_WRITE_TIMEOUT and the bytes written so far', async () => {
    const { port } = await listen((s) => {
      s.once('data', () => s.pause()); // takes the first chunk, then never reads again (paper jam, hung firmware)
    });
    const big = new Uint8Array(64 * 1024 * 1024).fill(0x41);
    const error = await tcpTransport({ host: '127.0.0.1', port, writeTimeoutMs: 300 })
      .send(big)
      .then(
        () => null,
        (e: unknown) => e as { code: string; bytesWritten: number },
      );
    expect(error?.code).toBe('PRINTER_WRITE_TIMEOUT');
    expect(error!.bytesWritten).toBeGreaterThan(0);
    expect(error!.bytesWritten).toBeLessThan(big.length);
  });

  it('reads DLE EOT status where the printer answers, null where it does not', async () => {
    const { port } = await listen((s) => s.on('data', (d) => (d[0] === 0x10 ? s.write(Buffer.from([d[2] === 4 ? 0x72 : 0x16])) : undefined)));
    expect(await tcpTransport({ host: '127.0.0.1', port }).status()).toEqual({ online: true, paperOut: true, raw: [0x16, 0x72] });
    const silent = await listen(() => undefined);
    expect(await tcpTransport({ host: '127.0.0.1', port: silent.port, statusTimeoutMs: 100 }).status()).toBeNull();
  });
});

describe('print queue (one per printer)', () => {
  it('reports a failed job with bytes written and does not retry it; the next job still prints', async () => {
    let connections = 0;
    const received: Buffer[] = [];
    const { port } = await listen((s) => {
      connections++;
      if (connections === 1) s.once('data', () => s.pause());
      else s.on('data', (d) => received.push(d));
    });
    const queue = new PrintQueue(tcpTransport({ host: '127.0.0.1', port, writeTimeoutMs: 300 }));
    const first = queue.submit('big', new Uint8Array(64 * 1024 * 1024).fill(0x41));
    const second = queue.submit('Struk GI-20261120-0007', receipt);
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a).toMatchObject({ status: 'failed', error: { code: 'PRINTER_WRITE_TIMEOUT' } });
    expect(a.bytesWritten).toBeGreaterThan(0);
    expect(b).toMatchObject({ status: 'done', bytesWritten: receipt.length });
    expect(connections).toBe(2); // no silent retry of the failed job
    expect(queue.jobs().map((j) => j.status)).toEqual(['failed', 'done']);
  });
});

describe('device file transport (temp file as /dev/usb/lp0)', () => {
  it('writes the job to the file; a missing device fails with PRINTER_UNREACHABLE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkmp-lp-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'lp0');
    const r = await openTransport(`file:${path}`).send(receipt);
    expect(r.bytesWritten).toBe(receipt.length);
    expect(decodeJob(readFileSync(path)).lines).toContain('Kasir                Siti Aminah');
    await expect(deviceFileTransport({ path: join(dir, 'missing', 'lp0') }).send(receipt)).rejects.toMatchObject({
      code: 'PRINTER_UNREACHABLE',
      bytesWritten: 0,
    });
  });
});

describe('serial transport (serialport MockBinding, no real port)', () => {
  it('writes the job through the mocked port', async () => {
    SerialPortMock.binding.createPort('/dev/ttyMOCK0', { echo: false, record: true });
    cleanups.push(() => SerialPortMock.binding.reset());
    let opened: { recording: Buffer } | undefined;
    const transport = serialTransport({
      path: '/dev/ttyMOCK0',
      baudRate: 9600,
      createPort: (o) => {
        const p = new SerialPortMock(o);
        p.on('open', () => (opened = p.port));
        return p;
      },
    });
    const r = await transport.send(receipt);
    expect(r.bytesWritten).toBe(receipt.length);
    expect(Buffer.compare(opened!.recording, Buffer.from(receipt))).toBe(0);
  });

  it('a port that does not exist fails with PRINTER_UNREACHABLE (mock)', async () => {
    const transport = serialTransport({ path: '/dev/ttyNONE', baudRate: 9600, createPort: (o) => new SerialPortMock(o) });
    await expect(transport.send(receipt)).rejects.toMatchObject({ code: 'PRINTER_UNREACHABLE', bytesWritten: 0 });
  });
});

describe('printer URIs', () => {
  it('parses tcp, file, serial and windows addresses', () => {
    expect(parsePrinterUri('tcp://192.168.1.50')).toEqual({ kind: 'tcp', host: '192.168.1.50', port: 9100 });
    expect(parsePrinterUri('tcp://127.0.0.1:9101')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 9101 });
    expect(parsePrinterUri('file:/dev/usb/lp0')).toEqual({ kind: 'file', path: '/dev/usb/lp0' });
    expect(parsePrinterUri('file:///dev/usb/lp0')).toEqual({ kind: 'file', path: '/dev/usb/lp0' });
    expect(parsePrinterUri('serial:/dev/ttyUSB0?baud=19200')).toEqual({ kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 });
    expect(parsePrinterUri('windows:POS-80')).toEqual({ kind: 'windows', name: 'POS-80' });
    expect(() => parsePrinterUri('lpt1')).toThrow(/PRINTER_URI_INVALID/);
  });

  it('the Windows spooler transport is compiled here but refuses to run off Windows (not runnable on Linux)', async () => {
    await expect(openTransport('windows:POS-80').send(receipt)).rejects.toMatchObject({ code: 'PRINTER_TRANSPORT_UNAVAILABLE' });
  });
});
