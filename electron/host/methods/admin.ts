import { adminApi } from '../../../shared/api/admin';
import { createUser } from '../../services/auth/auth';
import { outletProfile, saveOutletProfile } from '../../services/settings/outletSettings';
import { backupNow, listBackups, verifyBackup } from '../../services/backup/scheduledBackup';
import { backupDatabase } from '../../services/backup/backup';
import { setting } from '../../services/settings/settings';
import { listUsers, resetPin, setUserActive } from '../../services/auth/usersAdmin';
import { join } from 'node:path';
import { checkFile } from '../../services/backup/fileCheck';
import { restoreAndRecord } from '../../services/backup/restoreRecord';
import { actorId, anyCaller, method } from '../router';

export const adminMethods = {
  'users.list': method(adminApi['users.list'], (ctx) => listUsers(ctx.core)),
  'users.create': anyCaller(adminApi['users.create'], (ctx, input) => createUser(ctx.core, input, actorId(ctx))),
  'users.resetPin': method(adminApi['users.resetPin'], (ctx, input) => resetPin(ctx.core, input.userId, input.pin, ctx.user.id)),
  'users.setActive': method(adminApi['users.setActive'], (ctx, input) => setUserActive(ctx.core, input.userId, input.active, ctx.user.id)),
  'settings.outlet': method(adminApi['settings.outlet'], (ctx) => outletProfile(ctx.core)),
  'settings.saveOutlet': method(adminApi['settings.saveOutlet'], (ctx, input) => saveOutletProfile(ctx.core, input, ctx.user.id)),
  'backups.list': method(adminApi['backups.list'], (ctx) => listBackups(setting(ctx.core, 'backup.folder')).map(({ name, date }) => ({ name, date }))),
  'backups.toFile': anyCaller(adminApi['backups.toFile'], (ctx, input) => backupDatabase(ctx.core.db, ctx.core.file, input.path)),
  'backups.now': method(adminApi['backups.now'], async (ctx) => {
    const r = await backupNow(ctx.core, ctx.user.id);
    return { file: r.file, removed: r.removed };
  }),
  // Only a file of the backup folder, by its generated name: never an arbitrary path.
  'backups.verify': method(adminApi['backups.verify'], (ctx, input) => verifyBackup(join(setting(ctx.core, 'backup.folder'), input.name))),
  'backups.verifyFile': anyCaller(adminApi['backups.verifyFile'], (_ctx, input) => checkFile(input.path, input)),
  'backups.restore': anyCaller(adminApi['backups.restore'], (ctx, input) =>
    restoreAndRecord(input.from, input.db, ctx.core.now(), { wrappedKey: input.wrappedKey }),
  ),
};
