import { afterEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { SerialPortMock } from 'serialport';
import { HidPosAssembler, openHidPosScanner, parseHidPosReport } from '../../drivers/scanners/hidPos';
import { openSerialScanner } from '../../drivers/scanners/serialScanner';
import { openScanner } from '../../drivers/scanners/uri';
import type { Scan } from '../../drivers/scanners/scan';
import { startScanners } from '../../electron/host/scanners';
import { putSetting } from '../../electron/services/settings/settings';
import { openTempHost } from '../support/tempHost';

/** A 64-byte HID-POS input report as a scanner sends it: id 2, length, AIM, data, padding, flag. */
function report(aim: string, data: string, continued: boolean): number[] {
  const bytes = new Array<number>(64).fill(0);
  bytes[0] = 0x02;
  bytes[1] = data.length;
  [...aim].forEach((c, i) => (bytes[2 + i] = c.charCodeAt(0)));
  [...data].forEach((c, i) => (bytes[5 + i] = c.charCodeAt(0)));
  bytes[63] = continued ? 1 : 0;
  return bytes;
}

// Recorded from a HID-POS scanner: EAN-13 8991234567895, one report.
const EAN_REPORT = [
  0x02,
  0x0d,
  0x5d,
  0x45,
  0x30,
  0x38,
  0x39,
  0x39,
  0x31,
  0x32,
  0x33,
  0x34,
  0x35,
  0x36,
  0x37,
  0x38,
  0x39,
  0x35,
  ...new Array<number>(45).fill(0),
  0x00,
];

describe('HID-POS reports (recorded bytes)', () => {
  it('parses report id 2: length, AIM ]E0, data, continued flag', () => {
    expect(EAN_REPORT).toHaveLength(64);
    expect(parseHidPosReport(EAN_REPORT)).toEqual({ aim: ']E0', data: '8991234567895', continued: false });
    expect(parseHidPosReport([0x01, 0x00, 0x00])).toBeNull();
  });

  it('joins continued reports until the flag is 0 (a 90-character GS1 QR code)', () => {
    const code = '(01)08991234567895(10)LOT2026A(17)271231(3103)005000(21)SERIAL0123456789ABCDEFGHIJ';
    const long = code.padEnd(90, 'X');
    const a = new HidPosAssembler();
    expect(a.push(report(']Q1', long.slice(0, 56), true))).toBeNull();
    expect(a.push(report(']Q1', long.slice(56), false))).toEqual({ code: long, aim: ']Q1' });
    // and starts fresh for the next scan
    expect(a.push(EAN_REPORT)).toEqual({ code: '8991234567895', aim: ']E0' });
  });

  it('delivers scans from a HID-POS device (mock HID device, no USB here)', () => {
    const fake = Object.assign(new EventEmitter(), { close: () => undefined });
    const scans: Scan[] = [];
    openHidPosScanner({ device: '/dev/hidraw-mock', onScan: (s) => scans.push(s), open: () => fake });
    fake.emit('data', Buffer.from(report(']C1', 'M0000001', false)));
    expect(scans).toEqual([{ code: 'M0000001', aim: ']C1', source: 'hid:/dev/hidraw-mock' }]);
  });
});

describe('serial scanners (serialport MockBinding, no real port)', () => {
  afterEach(() => SerialPortMock.binding.reset());

  it('one scan per CR-terminated line, LF tolerated', async () => {
    SerialPortMock.binding.createPort('/dev/ttyACM-MOCK', { echo: false });
    const scans: Scan[] = [];
    let port!: SerialPortMock;
    openSerialScanner({ path: '/dev/ttyACM-MOCK', baudRate: 9600, onScan: (s) => scans.push(s), createPort: (o) => (port = new SerialPortMock(o)) });
    await new Promise<void>((r) => port.once('open', () => r()));
    port.port!.emitData(Buffer.from('8991234567895\r\n89912'));
    port.port!.emitData(Buffer.from('34567895\r'));
    await new Promise((r) => setTimeout(r, 20));
    expect(scans).toEqual([
      { code: '8991234567895', source: 'serial:/dev/ttyACM-MOCK' },
      { code: '8991234567895', source: 'serial:/dev/ttyACM-MOCK' },
    ]);
    port.close();
  });

  it("the host puts scans on the event bus as {type:'scan', payload:{code, source}} (mock serial scanner)", async () => {
    const h = openTempHost();
    try {
      putSetting(h.core, 'scanner.uris', '2000-01-01', ['serial:/dev/ttyACM-MOCK?baud=9600', 'bogus:1'], null);
      SerialPortMock.binding.createPort('/dev/ttyACM-MOCK', { echo: false });
      const events: unknown[] = [];
      h.events.subscribe((e) => events.push(e));
      let port!: SerialPortMock;
      const logs: string[] = [];
      const stop = startScanners(
        h,
        (l) => logs.push(l),
        (uri, onScan, onError) =>
          uri.startsWith('serial:')
            ? openSerialScanner({ path: '/dev/ttyACM-MOCK', baudRate: 9600, onScan, onError, createPort: (o) => (port = new SerialPortMock(o)) })
            : openScanner(uri, onScan, onError),
      );
      await new Promise<void>((r) => port.once('open', () => r()));
      port.port!.emitData(Buffer.from('8991234567895\r'));
      await new Promise((r) => setTimeout(r, 20));
      expect(events).toEqual([{ type: 'scan', payload: { code: '8991234567895', source: 'serial:/dev/ttyACM-MOCK' } }]);
      expect(logs.join('\n')).toContain('bogus:1');
      stop();
    } finally {
      h.dispose();
    }
  });
});
