// What runs beside the faces while a host is open, the same for `npm run serve` and the desktop
// app: HID/serial scanners onto the event bus, the daily backup when it is switched on, and the
// sync with the pusat once the outlet is enrolled.
import { startBackupSchedule } from '../services/backup/scheduledBackup';
import { startSyncSchedule } from '../services/sync/syncStatus';
import type { Host } from './host';
import { startScanners } from './scanners';

/** Starts the background work; the returned function stops it. */
export function startBackground(host: Host): () => void {
  const stopScanners = startScanners(host);
  const stopBackups = startBackupSchedule(host.core);
  const stopSync = startSyncSchedule(host.core);
  return () => {
    stopScanners();
    stopBackups();
    stopSync();
  };
}
