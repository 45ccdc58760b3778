// Starts the scanners listed in the `scanner.uris` setting and puts every scan on the event bus
// as {type: 'scan', payload: {code, source, aim?}}: the cashier screen receives it over SSE /
// IPC like a wedge scan. A scanner that cannot be opened is reported and skipped.
import { openScanner } from '../../drivers/scanners/uri';
import type { ScannerHandle } from '../../drivers/scanners/scan';
import { setting } from '../services/settings/settings';
import type { Host } from './host';

export function startScanners(host: Host, log: (line: string) => void = console.error, open: typeof openScanner = openScanner): () => void {
  const handles: ScannerHandle[] = [];
  for (const uri of setting(host.core, 'scanner.uris')) {
    try {
      handles.push(
        open(
          uri,
          (scan) => host.events.publish({ type: 'scan', payload: scan }),
          (e) => log(`Pemindai / scanner ${uri}: ${e.message}`),
        ),
      );
    } catch (e) {
      log(`Pemindai / scanner ${uri} tidak bisa dibuka / cannot be opened: ${(e as Error).message}`);
    }
  }
  return () => {
    for (const h of handles) h.close();
  };
}
