// `kkmp import sales --db F --file year.jsonl`: replays an old POS's history (deliveries and
// sales, JSONL) through the commit path. Prints a summary and every refused line; exits 1 when
// any line was refused, so a script notices.
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorMessages';
import { openHost } from '../host';
import { callApi, callerOf } from './callRouter';
import { flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const importSalesCommand: Command = {
  summary: 'import sales history (deliveries and sales, JSONL) through the sale commit',
  usage: 'import sales --db FILE --file HISTORY.jsonl [--user admin] [--batch 500]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = requiredFlag(args, 'db');
    const file = requiredFlag(args, 'file');
    if (!existsSync(file)) throw new AppError('IMPORT_FILE_MISSING', { file });
    const batchSize = Number(flag(args, 'batch') ?? 500);
    const host = openHost({ dbFile });
    try {
      const started = Date.now();
      const report = await callApi(host, callerOf(args), 'sales.importHistory', {
        path: file,
        username: flag(args, 'user') ?? 'admin',
        batchSize: Number.isSafeInteger(batchSize) && batchSize > 0 ? batchSize : 500,
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.out(
        `Impor selesai / import done in ${seconds} s: ${report.sales} penjualan / sales (${report.saleLines} baris / lines), ${report.replayed} sudah ada / already there, ${report.receipts} penerimaan / deliveries (${report.receiptsSkipped} sudah ada / already there), ${report.rejected.length} ditolak / refused`,
      );
      for (const r of report.rejected.slice(0, 100)) io.err(`  baris / line ${r.line}: ${errorText(r.code, r.params, 'id')} (${r.code})`);
      if (report.rejected.length > 100) io.err(`  ... ${report.rejected.length - 100} lagi / more`);
      return report.rejected.length > 0 ? 1 : 0;
    } finally {
      host.close();
    }
  },
};

/** `kkmp import` is shared: `import sales` is this command, every other kind goes to `other`. */
export function withSalesImport(other: Command): Command {
  return {
    summary: `${other.summary}; import sales: ${importSalesCommand.summary}`,
    usage: `${other.usage}\n  ${''.padEnd(16)} ${importSalesCommand.usage}`,
    run: (args, io) => (args.positional[0] === 'sales' ? importSalesCommand.run(args, io) : other.run(args, io)),
  };
}
