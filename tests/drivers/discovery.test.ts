import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVirtualPrinter, type VirtualPrinter } from '../../drivers/virtualPrinter/server';
import { discoverDevices } from '../../drivers/discovery';

let vp: VirtualPrinter | null = null;
let dir = '';
afterEach(async () => {
  await vp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('finding printers and scanners (temp dir as /dev/usb, mocked serial and HID lists)', () => {
  it('lists usblp files, serial ports, HID-POS scanners and network printers that answer on 9100', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kkmp-dev-'));
    writeFileSync(join(dir, 'lp0'), '');
    writeFileSync(join(dir, 'hiddev0'), '');
    vp = await startVirtualPrinter();
    const found = await discoverDevices({
      devUsbDir: dir,
      tcpHosts: [`127.0.0.1:${vp.port}`, '127.0.0.1:1'],
      timeoutMs: 300,
      listSerial: async () => [{ path: '/dev/ttyACM0', manufacturer: 'Honeywell', vendorId: '0c2e', productId: '0b61' }],
      listHid: () => [{ path: '/dev/hidraw3', vendorId: 0x05e0, productId: 0x1200, product: 'Symbol Bar Code Scanner' }],
    });
    expect(found).toEqual([
      { kind: 'printer', uri: `file:${dir}/lp0`, label: 'USB printer (usblp) lp0' },
      { kind: 'printer-or-scanner', uri: 'serial:/dev/ttyACM0?baud=9600', label: 'Honeywell 0c2e:0b61 /dev/ttyACM0' },
      { kind: 'scanner', uri: 'hid:05e0:1200', label: 'HID-POS Symbol Bar Code Scanner' },
      { kind: 'printer', uri: `tcp://127.0.0.1:${vp.port}`, label: `Network printer 127.0.0.1:${vp.port}` },
    ]);
  });
});
