// Finds printers and scanners for the settings screen: usblp device files, serial ports, HID-POS
// scanners, and network printers at addresses the user types (port 9100 answers). No subnet
// sweep: a shop LAN is not ours to scan. Windows spooler printers are listed by Windows itself
// ("Printers & scanners"); type their name as windows:NAME.
import { readdir } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { SerialPort } from 'serialport';
import { findHidPosScanners } from './scanners/hidPos';

export interface FoundDevice {
  kind: 'printer' | 'scanner' | 'printer-or-scanner';
  uri: string;
  label: string;
}

export interface DiscoveryOptions {
  /** Network printers to probe, "192.168.1.50" or "192.168.1.50:9100". */
  tcpHosts?: string[];
  timeoutMs?: number;
  devUsbDir?: string;
  listSerial?: () => Promise<{ path: string; manufacturer?: string; vendorId?: string; productId?: string }[]>;
  listHid?: typeof findHidPosScanners;
}

function probe(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

export async function discoverDevices(o: DiscoveryOptions = {}): Promise<FoundDevice[]> {
  const found: FoundDevice[] = [];
  const dir = o.devUsbDir ?? '/dev/usb';
  const lp = await readdir(dir).catch(() => [] as string[]);
  for (const name of lp.filter((n) => /^lp\d+$/.test(n)).sort())
    found.push({ kind: 'printer', uri: `file:${dir}/${name}`, label: `USB printer (usblp) ${name}` });

  const serial = await (o.listSerial ?? (() => SerialPort.list()))().catch(() => []);
  for (const p of serial) {
    const id = p.vendorId && p.productId ? ` ${p.vendorId}:${p.productId}` : '';
    found.push({ kind: 'printer-or-scanner', uri: `serial:${p.path}?baud=9600`, label: `${p.manufacturer ?? 'Serial'}${id} ${p.path}`.trim() });
  }

  let hid: ReturnType<typeof findHidPosScanners>;
  try {
    hid = (o.listHid ?? findHidPosScanners)();
  } catch {
    hid = []; // no HID backend on this machine: nothing to list
  }
  for (const s of hid) {
    const vidPid = `${s.vendorId.toString(16).padStart(4, '0')}:${s.productId.toString(16).padStart(4, '0')}`;
    found.push({ kind: 'scanner', uri: `hid:${vidPid}`, label: `HID-POS ${s.product || vidPid}` });
  }

  const probes = (o.tcpHosts ?? []).map(async (entry) => {
    const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(entry.trim());
    if (!m) return null;
    const port = Number(m[2] ?? 9100);
    return (await probe(m[1]!, port, o.timeoutMs ?? 800))
      ? ({ kind: 'printer', uri: `tcp://${m[1]}:${port}`, label: `Network printer ${m[1]}:${port}` } as FoundDevice)
      : null;
  });
  for (const p of await Promise.all(probes)) if (p) found.push(p);
  return found;
}
