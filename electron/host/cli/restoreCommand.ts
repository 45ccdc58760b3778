import { restoreDatabase } from '../../services/backup/backup';
import { defaultDbFile } from '../dataDir';
import { flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const restoreCommand: Command = {
  summary: 'verify a backup, keep the current database aside, put the backup in its place, verify again',
  usage: 'restore --from BACKUP --db FILE',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const from = requiredFlag(args, 'from');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const r = await restoreDatabase(from, dbFile, stamp);
    if (r.previous) io.out(`Database lama disimpan / previous database kept: ${r.previous}`);
    io.out(`Dipulihkan dan diperiksa / restored and verified: ${r.file}`);
    return 0;
  },
};
