// kkmp books trial-balance | report | close | opening | rat: the books through the router, as the other commands.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { StatementKind } from '../../../shared/api/books';
import { formatRupiah } from '../../../shared/money';
import { openHost, type Host } from '../host';
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

/** Opening balances: the row-by-row report in Indonesian; exit 1 when nothing was written. */
async function opening(host: Host, args: ParsedArgs, io: CliIo): Promise<number> {
  const file = requiredFlag(args, 'file');
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new AppError('CLI_VALUE_INVALID', { flag: '--file', value: file });
  const input = {
    date: day(args, 'date'),
    format: ext === '.csv' ? ('csv' as const) : ('xlsx' as const),
    contentBase64: readFileSync(file).toString('base64'),
  };
  const r = await asPerson(host, requiredFlag(args, 'manager'), requiredFlag(args, 'pin'), (caller) => callApi(host, caller, 'books.importOpening', input));
  for (const p of r.problems) io.err(`Baris ${p.row} (${p.field}): ${p.message}`);
  if (!r.imported) {
    io.err(r.refusal?.message ?? 'Saldo awal tidak diimpor.');
    return 1;
  }
  io.out(`Saldo awal per ${r.date}: ${r.valid} akun, debit ${formatRupiah(r.totalDebit)} = kredit ${formatRupiah(r.totalCredit)}`);
  return 0;
}

export const booksCommand: Command = {
  summary: 'the books: neraca saldo, statements (neraca, laba rugi, arus kas, ekuitas, buku besar), period close, opening balances and the paket RAT',
  usage: [
    'books trial-balance --db F --to YYYY-MM-DD --format csv|xlsx --out FILE',
    '       books report --db F --kind neraca|laba-rugi|arus-kas|ekuitas|buku-besar --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE',
    '       books close --db F --to YYYY-MM-DD --manager USER --pin PIN',
    '       books opening --db F --file F.csv|F.xlsx --date YYYY-MM-DD --manager USER --pin PIN',
    '       books rat --db F --year YYYY --out FILE.pdf',
  ].join('\n'),
  async run(args: ParsedArgs, io: CliIo) {
    const sub = args.positional[0];
    if (sub !== 'trial-balance' && sub !== 'report' && sub !== 'close' && sub !== 'opening' && sub !== 'rat')
      throw new AppError('CLI_FLAG_CHOICE', { flag: 'books', choices: 'trial-balance|report|close|opening|rat' });
    const host = openHost({ dbFile: requiredFlag(args, 'db') });
    try {
      if (sub === 'opening') return await opening(host, args, io);
      if (sub === 'rat') {
        const year = requiredFlag(args, 'year');
        if (!/^\d{4}$/.test(year)) throw new AppError('CLI_VALUE_INVALID', { flag: '--year', value: year });
        const out = requiredFlag(args, 'out');
        const file = await callApi(host, callerOf(args), 'books.paketRat', { year: Number(year) });
        writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
        io.out(`${file.fileName} → ${out}`);
        return 0;
      }
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
