// kkmp books trial-balance | report | close: the books through the router, as the other commands.
import { writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { StatementKind } from '../../../shared/api/books';
import { openHost } from '../host';
import { flag, requiredFlag, type ParsedArgs } from './args';
import { asPerson, callApi, callerOf } from './callRouter';
import type { CliIo, Command } from './commands';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(args: ParsedArgs, name: string): string {
  const v = requiredFlag(args, name);
  if (!DAY.test(v)) throw new AppError('CLI_VALUE_INVALID', { flag: `--${name}`, value: v });
  return v;
}

function format(args: ParsedArgs, allowed: readonly string[]): 'csv' | 'xlsx' | 'pdf' {
  const f = flag(args, 'format') ?? 'csv';
  if (!allowed.includes(f)) throw new AppError('CLI_FLAG_CHOICE', { flag: '--format', choices: allowed.join('|') });
  return f as 'csv' | 'xlsx' | 'pdf';
}

export const booksCommand: Command = {
  summary: 'the books: neraca saldo, statements (neraca, laba rugi, arus kas, ekuitas, buku besar) and period close',
  usage: [
    'books trial-balance --db F --to YYYY-MM-DD --format csv|xlsx --out FILE',
    '       books report --db F --kind neraca|laba-rugi|arus-kas|ekuitas|buku-besar --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE',
    '       books close --db F --to YYYY-MM-DD --manager USER --pin PIN',
  ].join('\n'),
  async run(args: ParsedArgs, io: CliIo) {
    const sub = args.positional[0];
    if (sub !== 'trial-balance' && sub !== 'report' && sub !== 'close')
      throw new AppError('CLI_FLAG_CHOICE', { flag: 'books', choices: 'trial-balance|report|close' });
    const host = openHost({ dbFile: requiredFlag(args, 'db') });
    try {
      const to = day(args, 'to');
      if (sub === 'close') {
        const r = await asPerson(host, requiredFlag(args, 'manager'), requiredFlag(args, 'pin'), (caller) => callApi(host, caller, 'books.close', { to }));
        io.out(
          r.kind === 'year' ? `Tutup buku ${r.year}: SHU sebelum pajak ${r.surplusBeforeTax}, pajak ${r.tax}, SHU ${r.shu}` : `Buku ditutup sampai ${r.toDate}`,
        );
        return 0;
      }
      const out = requiredFlag(args, 'out');
      const caller = callerOf(args);
      let file;
      if (sub === 'trial-balance') {
        file = await callApi(host, caller, 'books.export', { report: 'neraca-saldo', to, format: format(args, ['csv', 'xlsx']) });
      } else {
        const kind = StatementKind.safeParse(requiredFlag(args, 'kind'));
        if (!kind.success) throw new AppError('CLI_FLAG_CHOICE', { flag: '--kind', choices: StatementKind.options.join('|') });
        file = await callApi(host, caller, 'books.export', { report: kind.data, from: day(args, 'from'), to, format: format(args, ['csv', 'xlsx', 'pdf']) });
      }
      writeFileSync(out, Buffer.from(file.contentBase64, 'base64'), { mode: 0o600 });
      io.out(`${file.fileName} → ${out}`);
      return 0;
    } finally {
      host.close();
    }
  },
};
