// `kkmp export kartu-stok --db F (--sku CODE | --all) --from D --to D --format csv|xlsx|pdf --out FILE`
import { AppError, type ErrorCode } from '../../../shared/errors';
import type { MethodInput } from '../../../shared/api';
import { callApi, callerOf } from './callRouter';
import { openHostWithoutPersonalData } from './cliHost';
import { boolFlag, choiceFlag, dateRangeFlags, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';
import { exportLpgLogbook, LPG_LOGBOOK_USAGE } from './exportLpgLogbook';
import { tenPointProgress } from './progress';

const FORMATS: MethodInput<'exports.kartuStok'>['format'][] = ['csv', 'xlsx', 'pdf'];
/** How often the command asks the export job how far it is. */
const POLL_MS = 100;

export const exportCommand: Command = {
  summary: 'export the kartu stok of one product (--sku, repeatable as CODE,CODE) or the whole ledger (--all), or the LPG logbook',
  usage: `export kartu-stok --db FILE (--sku CODE | --all) --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE [--as cli|script]\n  ${LPG_LOGBOOK_USAGE}`,
  async run(args: ParsedArgs, io: CliIo) {
    const what = args.positional[0];
    if (what === 'lpg-logbook') return exportLpgLogbook(args, io);
    if (what !== 'kartu-stok') throw new AppError('CLI_EXPORT_UNKNOWN', { what: what ?? '' });
    const dbFile = requiredFlag(args, 'db');
    const all = boolFlag(args, 'all');
    const sku = all ? undefined : requiredFlag(args, 'sku');
    const { from, to } = dateRangeFlags(args);
    const format = choiceFlag(args, 'format', FORMATS);
    const out = requiredFlag(args, 'out');
    const host = openHostWithoutPersonalData(args, dbFile);
    const caller = callerOf(args);
    let jobId: string | null = null;
    const stop = () => {
      if (jobId) void callApi(host, caller, 'exports.cancel', { jobId });
    };
    process.once('SIGINT', stop);
    try {
      let job = await callApi(host, caller, 'exports.kartuStok', { format, ...(all ? { all: true } : { skus: sku!.split(',') }), from, to });
      jobId = job.jobId;
      const progress = tenPointProgress((line) => io.err(line));
      for (;;) {
        if (job.status !== 'running' || job.total) progress(job);
        if (job.status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await callApi(host, caller, 'exports.status', { jobId });
      }
      if (job.status !== 'done') throw new AppError((job.error?.code ?? 'INTERNAL') as ErrorCode, job.error?.params ?? {}); // the job's error came from an AppError
      const r = await callApi(host, caller, 'exports.save', { jobId, path: out });
      io.out(`Kartu stok diekspor / exported: ${r.file} (${r.products} barang, ${r.rows} mutasi)`);
      return 0;
    } finally {
      process.off('SIGINT', stop);
      host.close();
    }
  },
};
