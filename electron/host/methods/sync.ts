import { syncApi } from '../../../shared/api/sync';
import { syncNow, syncStatus } from '../../services/sync/syncStatus';
import { sendNow, unsentState } from '../../services/sync/unsent';
import { runSync } from '../../services/sync/syncRun';
import { defaultSyncKeyFile } from '../../services/sync/syncKey';
import { anyCaller, method } from '../router';

export const syncMethods = {
  'sync.unsent': method(syncApi['sync.unsent'], (ctx) => unsentState(ctx.core)),
  'sync.sendNow': method(syncApi['sync.sendNow'], (ctx) => sendNow(ctx.core)),
  'sync.status': method(syncApi['sync.status'], (ctx) => syncStatus(ctx.core)),
  'sync.run': method(syncApi['sync.run'], (ctx) => syncNow(ctx.core)),
  'sync.enrol': method(syncApi['sync.enrol'], (ctx, i) => syncNow(ctx.core, i)),
  'sync.runWithKey': anyCaller(syncApi['sync.runWithKey'], (ctx, { syncKeyFile, ...rest }) =>
    runSync(ctx.core, { keyFile: syncKeyFile ?? defaultSyncKeyFile(ctx.core.file), ...rest }),
  ),
};
