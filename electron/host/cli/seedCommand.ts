import { AppError } from '../../../shared/errors';
import { DATE_RE } from '../../../shared/time';
import { seedDemo, DEMO_PEOPLE } from '../../services/demo';
import { outletToday } from '../../services/settings/settings';
import { defaultDbFile } from '../dataDir';
import { openHost } from '../host';
import { existsSync } from 'node:fs';
import { boolFlag, flag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const seedCommand: Command = {
  summary: 'fill a database with a realistic demo gerai: staples at HET, LPG, local goods, people, a month of sales (creates the file when missing)',
  usage: 'seed --demo --db FILE [--until YYYY-MM-DD] [--seed N]',
  run(args: ParsedArgs, io: CliIo) {
    if (!boolFlag(args, 'demo')) throw new AppError('CLI_FLAG_REQUIRED', { flag: '--demo' });
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const until = flag(args, 'until');
    if (until !== undefined && !DATE_RE.test(until)) throw new AppError('CLI_FLAG_INVALID', { flag: '--until', value: until });
    const seed = flag(args, 'seed');
    if (seed !== undefined && !/^\d{1,9}$/.test(seed)) throw new AppError('CLI_FLAG_INVALID', { flag: '--seed', value: seed });
    const realNow = new Date();
    const clock = { now: realNow };
    const host = openHost({ dbFile, create: !existsSync(dbFile), now: () => clock.now });
    try {
      const s = seedDemo(host.core, clock, {
        until: until ?? outletToday(host.core, realNow),
        realNow: until ? new Date(`${until}T23:59:59+08:00`) : realNow,
        seed: seed ? Number(seed) : undefined,
      });
      io.out(`Demo gerai dibuat / demo outlet seeded: ${dbFile}`);
      io.out(`  ${s.shifts} shift, ${s.sales} penjualan / sales, ${s.voids} batal / voids, ${s.returns} retur / returns`);
      io.out(
        `  PIN: ${Object.values(DEMO_PEOPLE)
          .map((p) => `${p.username} ${p.pin} (${p.role})`)
          .join(', ')}`,
      );
    } finally {
      host.close();
    }
    return 0;
  },
};
