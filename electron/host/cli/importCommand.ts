// `kkmp import catalog --db F --file X.csv|X.xlsx [--valid-only]`: prints the row-by-row report.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorMessages';
import { callApi, callerOf } from './callRouter';
import { openHostWithoutPersonalData } from './cliHost';
import { boolFlag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const importCommand: Command = {
  summary: 'import a catalog from CSV or XLSX (nothing is written when a row is bad, unless --valid-only)',
  usage: 'import catalog --db FILE --file CATALOG.csv|.xlsx [--valid-only]',
  async run(args: ParsedArgs, io: CliIo) {
    if (args.positional[0] !== 'catalog') throw new AppError('CLI_IMPORT_UNKNOWN', { what: args.positional[0] ?? '' });
    const dbFile = requiredFlag(args, 'db');
    const file = requiredFlag(args, 'file');
    const host = openHostWithoutPersonalData(args, dbFile);
    try {
      const input = { fileName: basename(file), base64: readFileSync(file).toString('base64'), validOnly: boolFlag(args, 'valid-only') };
      const report = await callApi(host, callerOf(args), 'catalogAdmin.import', input);
      for (const r of report.rows) {
        for (const e of r.errors) io.err(`baris ${r.row} (${r.sku || '-'}) ${e.field}: ${errorText(e.code, e.params, 'id')}`);
      }
      io.out(
        `${report.rows.length} baris: ${report.valid} valid, ${report.invalid} salah, ${report.imported} diimpor${report.refused ? ' — tidak ada yang diimpor (pakai --valid-only untuk mengimpor baris yang valid)' : ''}`,
      );
      return report.refused ? 1 : 0;
    } finally {
      host.close();
    }
  },
};
