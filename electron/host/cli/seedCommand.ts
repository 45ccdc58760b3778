import { AppError } from '../../../shared/errors';
import { DATE_RE } from '../../../shared/time';
import { defaultDbFile } from '../dataDir';
import { openHost } from '../host';
import { existsSync } from 'node:fs';
import { boolFlag, flag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';
import { callApi, callerOf } from './callRouter';

export const seedCommand: Command = {
  summary: 'fill a database with a realistic demo gerai: staples at HET, LPG, local goods, people, a month of sales (creates the file when missing)',
  usage: 'seed --demo --db FILE [--until YYYY-MM-DD] [--seed N]',
  async run(args: ParsedArgs, io: CliIo) {
    if (!boolFlag(args, 'demo')) throw new AppError('CLI_FLAG_REQUIRED', { flag: '--demo' });
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const until = flag(args, 'until');
    if (until !== undefined && !DATE_RE.test(until)) throw new AppError('CLI_FLAG_INVALID', { flag: '--until', value: until });
    const seed = flag(args, 'seed');
    if (seed !== undefined && !/^\d{1,9}$/.test(seed)) throw new AppError('CLI_FLAG_INVALID', { flag: '--seed', value: seed });
    // Creating a missing file is the bootstrap; the seeding itself runs on its own clock behind setup.seedDemo.
    const host = openHost({ dbFile, create: !existsSync(dbFile) });
    try {
      const s = await callApi(host, callerOf(args), 'setup.seedDemo', { until, seed: seed === undefined ? undefined : Number(seed) });
      io.out(`Demo gerai dibuat / demo outlet seeded: ${dbFile}`);
      io.out(`  ${s.shifts} shift, ${s.sales} penjualan / sales, ${s.voids} batal / voids, ${s.returns} retur / returns`);
      io.out(`  PIN: ${s.people.map((p) => `${p.username} ${p.pin} (${p.role})`).join(', ')}`);
    } finally {
      host.close();
    }
    return 0;
  },
};
