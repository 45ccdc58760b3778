import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
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
    // Creating the file and migrating it is the bootstrap before any router; what goes in it
    // (outlet code and name, the first admin) is a system-only method like any other call.
    const host = openHost({ dbFile, create: true });
    try {
      await callApi(host, callerOf(args), 'setup.initFile', {
        outletCode: flag(args, 'outlet-code'),
        outletName: flag(args, 'outlet-name'),
        admin: { username: flag(args, 'admin-name') ?? 'admin', displayName: 'Administrator', pin },
      });
    } finally {
      host.close();
    }
    io.out(`Database dibuat / created: ${dbFile}`);
    return 0;
  },
};
