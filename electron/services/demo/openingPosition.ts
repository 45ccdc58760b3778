// Where the demo koperasi's money comes from. Its books open on 1 January with the balances a new
// koperasi brings to its first day: money in the bank and a little cash in the brankas, against
// saldo awal (ekuitas). From then on every rupiah has a source the services recorded: simpanan
// pokok and wajib as members join, sales at the counter; and every purchase of goods is paid from
// the bank, so neither the bank nor any kas is ever below zero at the end of a day.
import { ACCOUNTS } from '../../../shared/books/posting';
import { importOpeningTable } from '../books/openingBalances';
import type { Core } from '../core';

/** Enough for the year's opening stock, the demo month's shelf and its mid-month restock. */
export const DEMO_OPENING = { bank: 150_000_000, kasBesar: 2_500_000 } as const;

/** Posted through the opening-balances import (issue 18 item 6), the same rules a CSV goes through. */
export function postOpeningPosition(core: Core, year: number, userId: string): void {
  const report = importOpeningTable(
    core,
    {
      date: `${year}-01-01`,
      table: [
        ['account_code', 'debit', 'credit'],
        [ACCOUNTS.bank, DEMO_OPENING.bank, 0],
        [ACCOUNTS.kasBesar, DEMO_OPENING.kasBesar, 0],
        [ACCOUNTS.saldoAwal, 0, DEMO_OPENING.bank + DEMO_OPENING.kasBesar],
      ],
    },
    userId,
  );
  // The demo's own figures: a refusal here is a bug in the demo, not a user's mistake.
  if (!report.imported) throw new Error(`demo opening position refused: ${report.refusal?.message ?? ''}`);
}
