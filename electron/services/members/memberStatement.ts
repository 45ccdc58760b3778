// A member's year on one page: simpanan in and out with balances, wajib arrears, and what they
// bought (net of voids and returns) — what the member sees before the RAT.
import type { MemberStatement } from '../../../shared/api/members';
import type { Core } from '../core';
import { getMember } from './members';
import { memberPurchases } from './memberPurchases';
import { balances, entriesOf, wajibArrears } from './simpanan';
import { outletToday } from '../settings/settings';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function memberStatement(core: Core, memberId: string, year: number): MemberStatement {
  const member = getMember(core, memberId);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const today = outletToday(core);
  const purchases = memberPurchases(core, memberId, year);
  return {
    member,
    year,
    opening: balances(core, memberId, dayBefore(from)),
    entries: entriesOf(core, memberId, from, to),
    closing: balances(core, memberId, to),
    arrears: wajibArrears(core, memberId, today < to ? today : to),
    purchases: purchases.map(({ counted: _c, ...p }) => p),
    purchasesNet: purchases.reduce((s, p) => s + p.net, 0),
    purchasesCounted: purchases.reduce((s, p) => s + p.counted, 0),
  };
}
