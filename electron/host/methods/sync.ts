import { syncApi } from '../../../shared/api/sync';
import { syncNow, syncStatus } from '../../services/sync/syncStatus';
import { method } from '../router';

export const syncMethods = {
  'sync.status': method(syncApi['sync.status'], (ctx) => syncStatus(ctx.core)),
  'sync.run': method(syncApi['sync.run'], (ctx) => syncNow(ctx.core)),
  'sync.enrol': method(syncApi['sync.enrol'], (ctx, i) => syncNow(ctx.core, i)),
};
