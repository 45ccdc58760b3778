import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startVirtualPrinter, type VirtualJob, type VirtualPrinter } from '../../drivers/virtualPrinter/server';
import { tcpTransport } from '../../drivers/transports/tcp';
import { encodeDocument } from '../../drivers/escpos/encode';
import { defaultProfile } from '../../drivers/escpos/profile';
import { buildSaleReceipt } from '../../shared/receipt/saleReceipt';
import { runCli } from '../../electron/host/cli/runCli';
import { sampleReceiptInput } from '../support/receiptFixtures';

let printer: VirtualPrinter | null = null;
let dir = '';
afterEach(async () => {
  await printer?.close();
  printer = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('virtual printer', () => {
  it('stores a struk sent over TCP, serves it as text at GET /jobs and as a PNG, and writes it to the folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kkmp-vp-'));
    printer = await startVirtualPrinter({ columns: 32, dir });
    const bytes = encodeDocument(buildSaleReceipt(sampleReceiptInput(58)), defaultProfile(58));
    await tcpTransport({ host: '127.0.0.1', port: printer.port }).send(bytes);
    await new Promise((r) => setTimeout(r, 50));

    const jobs = (await (await fetch(`${printer.url}/jobs`)).json()) as VirtualJob[];
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.bytes).toBe(bytes.length);
    expect(jobs[0]!.lines).toContain('Kasir                Siti Aminah');
    expect(jobs[0]!.qrcodes).toEqual(['GI-20261120-0007']);
    expect(jobs[0]!.pulses).toHaveLength(1);

    const png = await fetch(`${printer.url}/jobs/last/png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect(image.width).toBe(32 * 12 + 16);
    expect(image.height).toBeGreaterThan(40 * 20);
    // there is ink on the paper
    expect(image.data.some((v, i) => i % 4 === 0 && v === 0)).toBe(true);

    expect(readFileSync(join(dir, 'job-0001.txt'), 'utf8')).toContain('TOTAL                  Rp166.375');
    expect(existsSync(join(dir, 'job-0001.png'))).toBe(true);

    await fetch(`${printer.url}/jobs`, { method: 'DELETE' });
    expect(await (await fetch(`${printer.url}/jobs`)).json()).toEqual([]);
  });

  it('answers DLE EOT like a healthy printer; a status probe is not stored as a job', async () => {
    printer = await startVirtualPrinter();
    expect(await tcpTransport({ host: '127.0.0.1', port: printer.port }).status()).toEqual({ online: true, paperOut: false, raw: [0x16, 0x12] });
    await new Promise((r) => setTimeout(r, 50));
    expect(printer.jobs()).toEqual([]);
  });

  it('kkmp print-test prints the ruler and the barcode on the virtual printer', async () => {
    printer = await startVirtualPrinter({ columns: 48 });
    const out: string[] = [];
    const next = printer.nextJob();
    const code = await runCli(['print-test', '--printer', `tcp://127.0.0.1:${printer.port}`, '--width', '80'], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(0);
    const job = await next;
    expect(job.lines).toContain('----+----1----+----2----+----3----+----4----+---');
    expect(job.lines).toContain('Aksen: "Kopi" - cafe, Nasi "goreng"...');
    expect(job.barcodes).toEqual([{ symbology: 'ean13', data: '8991234567891' }]);
    expect(out.join('\n')).toMatch(/Status: online/);
  });

  it('kkmp print-test to a closed port exits 1 with the reason in Indonesian', async () => {
    printer = await startVirtualPrinter();
    const port = printer.port;
    await printer.close();
    printer = null;
    const err: string[] = [];
    const code = await runCli(['print-test', '--printer', `tcp://127.0.0.1:${port}`, '--width', '58'], { out: () => undefined, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('menolak sambungan');
  });
});
