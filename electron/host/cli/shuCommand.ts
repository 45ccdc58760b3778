import { writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { parseRupiah } from '../../../shared/money';
import type { ShuRunView } from '../../../shared/api/members';
import { callApi, callerOf } from './callRouter';
import { openHost } from '../host';
import { boolFlag, flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;

export const shuCommand: Command = {
  summary: 'compute the SHU of a year from the database and write the daftar SHU (CSV/XLSX/PDF)',
  usage: 'shu --db FILE --year YYYY (--surplus RUPIAH | --from-books) --format csv|xlsx|pdf --out FILE [--save]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = requiredFlag(args, 'db');
    const yearText = requiredFlag(args, 'year');
    if (!/^\d{4}$/.test(yearText)) throw new AppError('CLI_VALUE_INVALID', { flag: '--year', value: yearText });
    // --from-books: the SHU the year-end close of the books recorded, instead of a typed number.
    const fromBooks = boolFlag(args, 'from-books');
    const surplusText = fromBooks ? null : requiredFlag(args, 'surplus');
    const typed = surplusText === null ? null : parseRupiah(surplusText);
    if (surplusText !== null && typed === null) throw new AppError('CLI_VALUE_INVALID', { flag: '--surplus', value: surplusText });
    const format = (flag(args, 'format') ?? 'csv') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new AppError('CLI_VALUE_INVALID', { flag: '--format', value: format });
    const out = requiredFlag(args, 'out');
    const host = openHost({ dbFile });
    try {
      // --save keeps a draft run for review and approval in the app; otherwise nothing is written.
      const caller = callerOf(args);
      const year = Number(yearText);
      const surplus = typed ?? (await callApi(host, caller, 'books.yearShu', { year })).shu ?? 0;
      let r: { year: number; members: number; totals: { jasaUsaha: number; jasaModal: number }; file: { contentBase64: string }; id?: string };
      if (boolFlag(args, 'save')) {
        const run = (await callApi(host, caller, 'shu.createRun', { year, surplus })) as ShuRunView;
        const file = (await callApi(host, caller, 'shu.export', { runId: run.id!, format })) as { contentBase64: string };
        r = { year: run.year, members: run.members.length, totals: run.totals, file, id: run.id ?? undefined };
      } else r = await callApi(host, caller, 'shu.previewExport', { year, surplus, format });
      writeFileSync(out, Buffer.from(r.file.contentBase64, 'base64'));
      io.out(`SHU ${r.year}: ${r.members} anggota, jasa usaha ${r.totals.jasaUsaha}, jasa modal ${r.totals.jasaModal} → ${out}${r.id ? ` (run ${r.id})` : ''}`);
    } finally {
      host.close();
    }
    return 0;
  },
};
