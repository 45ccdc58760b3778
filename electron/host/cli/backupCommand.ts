import { defaultDbFile } from '../dataDir';
import { callApi, callerOf } from './callRouter';
import { openHostWithoutPersonalData } from './cliHost';
import { flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const backupCommand: Command = {
  summary: 'copy the database with SQLite online backup (safe while the app runs), then verify the copy',
  usage: 'backup --db FILE --out BACKUP',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const out = requiredFlag(args, 'out');
    const host = openHostWithoutPersonalData(args, dbFile);
    try {
      const r = await callApi(host, callerOf(args), 'backups.toFile', { path: out });
      io.out(`Cadangan dibuat dan diperiksa / backup written and verified: ${r.file} (${r.pages} pages)${r.keyFile ? `, key ${r.keyFile}` : ''}`);
    } finally {
      host.close();
    }
    return 0;
  },
};
