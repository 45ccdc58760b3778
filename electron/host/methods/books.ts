import { booksApi } from '../../../shared/api/books';
import type { AccountRow } from '../../services/books/accounts';
import { listAccounts, saveAccount } from '../../services/books/accounts';
import { statementTable, tableCsv, tablePdf, tableXlsx, trialBalanceTable, type Table } from '../../services/books/booksExport';
import { closeBooks, closedYear } from '../../services/books/close';
import { trialBalance } from '../../services/books/ledger';
import { importOpeningBalances } from '../../services/books/openingBalances';
import { paketRatPdf } from '../../services/books/paketRat';
import { statement } from '../../services/books/statements';
import { settingOn } from '../../services/settings/settings';
import { actorId, anyCaller } from '../router';

const accountView = (a: AccountRow) => ({
  code: a.code,
  name: a.name,
  kind: a.kind,
  normal: a.normal,
  parentCode: a.parent_code,
  cash: a.cash === 1,
  cashFlow: a.cash_flow,
  active: a.active === 1,
});

const MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

async function encode(t: Table, format: keyof typeof MIME): Promise<Buffer> {
  if (format === 'csv') return tableCsv(t);
  return format === 'xlsx' ? tableXlsx(t) : tablePdf(t);
}

export const booksMethods = {
  'books.accounts': anyCaller(booksApi['books.accounts'], (ctx) => listAccounts(ctx.core).map(accountView)),
  'books.saveAccount': anyCaller(booksApi['books.saveAccount'], (ctx, input) => accountView(saveAccount(ctx.core, input))),
  'books.trialBalance': anyCaller(booksApi['books.trialBalance'], (ctx, input) => trialBalance(ctx.core, input.to)),
  'books.statement': anyCaller(booksApi['books.statement'], (ctx, input) => statement(ctx.core, input.kind, input.from, input.to)),
  'books.export': anyCaller(booksApi['books.export'], async (ctx, input) => {
    const from = input.from ?? `${input.to.slice(0, 4)}-01-01`;
    const table =
      input.report === 'neraca-saldo'
        ? trialBalanceTable(trialBalance(ctx.core, input.to), settingOn(ctx.core, 'outlet.name', input.to))
        : statementTable(statement(ctx.core, input.report, from, input.to));
    const content = await encode(table, input.format);
    return { fileName: `${input.report}-${input.to}.${input.format}`, mime: MIME[input.format], contentBase64: content.toString('base64') };
  }),
  'books.close': anyCaller(booksApi['books.close'], (ctx, input) => closeBooks(ctx.core, input.to, actorId(ctx))),
  'books.importOpening': anyCaller(booksApi['books.importOpening'], (ctx, input) =>
    importOpeningBalances(ctx.core, { date: input.date, format: input.format, content: Buffer.from(input.contentBase64, 'base64') }, actorId(ctx)),
  ),
  'books.paketRat': anyCaller(booksApi['books.paketRat'], async (ctx, input) => ({
    fileName: `paket-rat-${input.year}.pdf`,
    mime: MIME.pdf,
    contentBase64: (await paketRatPdf(ctx.core, input.year)).toString('base64'),
  })),
  'books.yearShu': anyCaller(booksApi['books.yearShu'], (ctx, input) => closedYear(ctx.core, input.year)),
};
