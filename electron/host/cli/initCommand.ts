import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { putSetting } from '../../services/settings/settings';
import { openHost } from '../host';
import { callApi, callerOf } from './callRouter';
import { defaultDbFile } from '../dataDir';
import { flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const initCommand: Command = {
  summary: 'create a new outlet database with an admin user',
  usage: 'init --db FILE --admin-pin PIN [--admin-name NAME] [--outlet-code GI] [--outlet-name "..."]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    if (existsSync(dbFile)) throw new AppError('DB_EXISTS', { file: dbFile });
    const pin = requiredFlag(args, 'admin-pin');
    const host = openHost({ dbFile, create: true });
    try {
      // The outlet's code and name are part of creating the file (dated from 2000 so every day
      // sees them), like the migrations; the first admin is an API call like any other user.
      const code = flag(args, 'outlet-code');
      if (code) putSetting(host.core, 'outlet.code', '2000-01-01', code, null);
      const name = flag(args, 'outlet-name');
      if (name) putSetting(host.core, 'outlet.name', '2000-01-01', name, null);
      await callApi(host, callerOf(args), 'users.create', { username: flag(args, 'admin-name') ?? 'admin', displayName: 'Administrator', role: 'admin', pin });
    } finally {
      host.close();
    }
    io.out(`Database dibuat / created: ${dbFile}`);
    return 0;
  },
};
