// A restored database says in its own audit that it was restored, from which backup and by whom
// (the caller's audit scope names a system caller): the audit of the file that was replaced stays
// in the copy kept aside, so without this row the restore itself would leave no trace.
import { audit } from '../auth/audit';
import { openCore } from '../core';
import { defaultKeyFile, fileKeyProvider } from '../privacy/keyFile';
import { restoreDatabase, type RestoreOptions, type RestoreResult } from './backup';

export async function restoreAndRecord(from: string, dbFile: string, at: Date, options: RestoreOptions): Promise<RestoreResult & { keyFile: string }> {
  const r = await restoreDatabase(from, dbFile, at.toISOString().replace(/[:.]/g, '-'), options);
  const keyFile = defaultKeyFile(dbFile);
  const core = openCore({ file: dbFile, keys: fileKeyProvider(keyFile, { create: false }) });
  try {
    audit(core, { userId: null, action: 'backup.restore', entity: 'database', details: { from, previous: r.previous ?? '', key: r.key } });
  } finally {
    core.close();
  }
  return { ...r, keyFile };
}
