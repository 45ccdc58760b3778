// What runs beside the faces while a host is open, the same for `npm run serve` and the desktop
// app: HID/serial scanners onto the event bus and the daily backup when it is switched on.
import { startBackupSchedule } from '../services/backup/scheduledBackup';
import type { Host } from './host';
import { startScanners } from './scanners';

/** Starts the background work; the returned function stops it. */
export function startBackground(host: Host): () => void {
  const stopScanners = startScanners(host);
  const stopBackups = startBackupSchedule(host.core);
  return () => {
    stopScanners();
    stopBackups();
  };
}
