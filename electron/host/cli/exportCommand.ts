// `kkmp export kartu-stok --db F (--sku CODE | --all) --from D --to D --format csv|xlsx|pdf --out FILE`
import { AppError } from '../../../shared/errors';
import { DATE_RE } from '../../../shared/time';
import { exportKartuStok, type ExportFormat } from '../../services/exports/kartuStokExport';
import { openHostWithoutPersonalData } from './cliHost';
import { boolFlag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';
import { exportLpgLogbook, LPG_LOGBOOK_USAGE } from './exportLpgLogbook';
import { tenPointProgress } from './progress';

const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'pdf'];

export const exportCommand: Command = {
  summary: 'export the kartu stok of one product (--sku, repeatable as CODE,CODE) or the whole ledger (--all), or the LPG logbook',
  usage: `export kartu-stok --db FILE (--sku CODE | --all) --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE\n  ${LPG_LOGBOOK_USAGE}`,
  async run(args: ParsedArgs, io: CliIo) {
    const what = args.positional[0];
    if (what === 'lpg-logbook') return exportLpgLogbook(args, io);
    if (what !== 'kartu-stok') throw new AppError('CLI_EXPORT_UNKNOWN', { what: what ?? '' });
    const dbFile = requiredFlag(args, 'db');
    const all = boolFlag(args, 'all');
    const sku = all ? undefined : requiredFlag(args, 'sku');
    const from = requiredFlag(args, 'from');
    const to = requiredFlag(args, 'to');
    for (const [name, d] of [['--from', from], ['--to', to]] as const) if (!DATE_RE.test(d)) throw new AppError('CLI_FLAG_DATE', { flag: name, value: d });
    const format = requiredFlag(args, 'format') as ExportFormat;
    if (!FORMATS.includes(format)) throw new AppError('CLI_FLAG_CHOICE', { flag: '--format', choices: FORMATS.join('|') });
    const out = requiredFlag(args, 'out');
    const host = openHostWithoutPersonalData(args, dbFile);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    try {
      const r = await exportKartuStok(host.core, {
        format, skus: all ? 'all' : sku!.split(','), from, to, out, signal: controller.signal,
        onProgress: tenPointProgress((line) => io.err(line)),
      });
      io.out(`Kartu stok diekspor / exported: ${r.file} (${r.products} barang, ${r.rows} mutasi)`);
      return 0;
    } finally {
      process.off('SIGINT', stop);
      host.close();
    }
  },
};
