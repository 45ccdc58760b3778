import { writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { parseRupiah } from '../../../shared/money';
import { createRun, previewShu } from '../../services/members/shuRuns';
import { exportRun } from '../../services/members/shuFiles';
import { openHost } from '../host';
import { boolFlag, flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;

export const shuCommand: Command = {
  summary: 'compute the SHU of a year from the database and write the daftar SHU (CSV/XLSX/PDF)',
  usage: 'shu --db FILE --year YYYY --surplus RUPIAH --format csv|xlsx|pdf --out FILE [--save]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = requiredFlag(args, 'db');
    const yearText = requiredFlag(args, 'year');
    if (!/^\d{4}$/.test(yearText)) throw new AppError('CLI_VALUE_INVALID', { flag: '--year', value: yearText });
    const surplusText = requiredFlag(args, 'surplus');
    const surplus = parseRupiah(surplusText);
    if (surplus === null) throw new AppError('CLI_VALUE_INVALID', { flag: '--surplus', value: surplusText });
    const format = (flag(args, 'format') ?? 'csv') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new AppError('CLI_VALUE_INVALID', { flag: '--format', value: format });
    const out = requiredFlag(args, 'out');
    const host = openHost({ dbFile });
    try {
      // --save keeps a draft run for review and approval in the app; otherwise nothing is written.
      const run = boolFlag(args, 'save') ? createRun(host.core, Number(yearText), surplus, null) : previewShu(host.core, Number(yearText), surplus);
      const file = await exportRun(host.core, run, format);
      writeFileSync(out, file.content);
      io.out(`SHU ${run.year}: ${run.members.length} anggota, jasa usaha ${run.totals.jasaUsaha}, jasa modal ${run.totals.jasaModal} → ${out}${run.id ? ` (run ${run.id})` : ''}`);
    } finally {
      host.close();
    }
    return 0;
  },
};
