import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { callApi, callerOf } from './callRouter';
import { openHost } from '../host';
import { boolFlag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const membersImportCommand: Command = {
  summary: 'import members from a CSV or XLSX list, with a row-by-row report',
  usage: 'members-import --db FILE --file LIST.csv|LIST.xlsx [--valid-only] [--pay-pokok]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = requiredFlag(args, 'db');
    const file = requiredFlag(args, 'file');
    const ext = extname(file).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx') throw new AppError('CLI_VALUE_INVALID', { flag: '--file', value: file });
    const host = openHost({ dbFile });
    try {
      const input = {
        format: ext === '.csv' ? ('csv' as const) : ('xlsx' as const),
        contentBase64: readFileSync(file).toString('base64'),
        validRowsOnly: boolFlag(args, 'valid-only'),
        payPokok: boolFlag(args, 'pay-pokok'),
      };
      const report = await callApi(host, callerOf(args), 'members.import', input);
      for (const p of report.problems) io.err(`baris ${p.row} [${p.field}] ${p.message}`);
      io.out(`${report.rows} baris, ${report.valid} valid, ${report.imported} diimpor / rows, valid, imported`);
      return report.problems.length > 0 && report.imported === 0 ? 1 : 0;
    } finally {
      host.close();
    }
  },
};
