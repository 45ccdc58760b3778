import { defaultDbFile } from '../dataDir';
import { verifyFile } from '../../services/backup/backup';
import { flag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const verifyCommand: Command = {
  summary: 'check migrations, foreign keys, integrity, stock balances = sum of moves, sale totals, receipt numbers, the audit chain',
  usage: 'verify --db FILE',
  run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const problems = verifyFile(dbFile);
    if (problems.length === 0) {
      io.out(`OK: ${dbFile}`);
      return 0;
    }
    io.err(`${problems.length} masalah / problems in ${dbFile}:`);
    for (const p of problems) io.err(`- [${p.check}] ${p.detail}`);
    return 1;
  },
};
