// Gathers what the SHU engine needs for a financial year from the database: the settings in force
// on 31 December, each member's purchase and simpanan basis, and the member/non-member split.
import type { ShuInput } from '../../../shared/shu';
import type { ShuRunInputs } from '../../../shared/api/members';
import type { Core } from '../core';
import { yearSales } from './memberPurchases';
import { settingOn } from '../settings/settings';

export interface ShuData {
  input: ShuInput;
  inputs: ShuRunInputs;
  /** member_no → member id, for saving the run's rows. */
  memberIds: Map<string, string>;
}

export function shuSettings(core: Core, year: number): Omit<ShuRunInputs, 'memberSales' | 'nonMemberSales'> {
  const on = `${year}-12-31`;
  return {
    allocation: settingOn(core, 'shu.allocation', on),
    villageSharePct: settingOn(core, 'shu.village_share_on', on) ? settingOn(core, 'shu.village_share_pct', on) : null,
    savingsBasis: settingOn(core, 'shu.savings_basis', on),
    savingsIncludeSukarela: settingOn(core, 'shu.savings_include_sukarela', on),
    nonMemberToCadangan: settingOn(core, 'shu.non_member_to_cadangan', on),
    includeLeftMembers: settingOn(core, 'shu.include_left_members', on),
    payoutRoundTo: settingOn(core, 'shu.payout_round_to', on),
    withholdingPct: settingOn(core, 'shu.withholding_pct', on),
  };
}

interface MemberRow {
  id: string;
  member_no: string;
  name: string;
  leave_date: string | null;
}

/**
 * Month-end balances of the counted simpanan kinds (pokok + wajib, and sukarela when it counts)
 * for the 12 months of the year, per member. A member who left counts up to the leaving date:
 * month-ends after it are 0.
 */
function monthEndBalances(core: Core, year: number, includeSukarela: boolean, members: MemberRow[]): Map<string, number[]> {
  const rows = core.db
    .prepare(
      `SELECT member_id,
              CASE WHEN entry_date < ? THEN 0 ELSE CAST(substr(entry_date, 6, 2) AS INTEGER) END AS month,
              SUM(amount) AS amount
       FROM simpanan_entries
       WHERE entry_date <= ? AND (kind <> 'sukarela' OR ?)
       GROUP BY member_id, month`,
    )
    .all(`${year}-01-01`, `${year}-12-31`, includeSukarela ? 1 : 0) as { member_id: string; month: number; amount: number }[];
  const moves = new Map<string, number[]>();
  for (const r of rows) {
    const m = moves.get(r.member_id) ?? new Array<number>(13).fill(0);
    m[r.month] = r.amount;
    moves.set(r.member_id, m);
  }
  const out = new Map<string, number[]>();
  for (const member of members) {
    const m = moves.get(member.id) ?? new Array<number>(13).fill(0);
    const leftMonth =
      member.leave_date && member.leave_date <= `${year}-12-31` ? (member.leave_date < `${year}-01-01` ? 0 : Number(member.leave_date.slice(5, 7))) : 13;
    let running = m[0]!;
    const ends: number[] = [];
    for (let month = 1; month <= 12; month++) {
      running += m[month]!;
      // The month-end after leaving no longer counts; the leaving month counts up to the date.
      ends.push(month > leftMonth ? 0 : Math.max(0, running));
    }
    out.set(member.id, ends);
  }
  return out;
}

export function gatherShuData(core: Core, year: number, surplus: number): ShuData {
  const settings = shuSettings(core, year);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const members = core.db
    .prepare(
      `SELECT id, member_no, name, leave_date FROM members
       WHERE join_date <= ? AND (leave_date IS NULL OR leave_date >= ?) AND (? OR leave_date IS NULL OR leave_date > ?)`,
    )
    .all(yearEnd, yearStart, settings.includeLeftMembers ? 1 : 0, yearEnd) as MemberRow[];
  const { basis: purchases, memberSales, nonMemberSales } = yearSales(core, year);
  const balances = monthEndBalances(core, year, settings.savingsIncludeSukarela, members);
  const average = settings.savingsBasis === 'average_month_end';
  const split = { memberSales, nonMemberSales };
  const memberIds = new Map(members.map((m) => [m.member_no, m.id]));
  const input: ShuInput = {
    year,
    surplus,
    allocation: settings.allocation,
    villageSharePct: settings.villageSharePct,
    nonMemberToCadangan: settings.nonMemberToCadangan,
    payoutRoundTo: settings.payoutRoundTo,
    withholdingPct: settings.withholdingPct,
    memberSales: split.memberSales,
    nonMemberSales: split.nonMemberSales,
    // The average shares by the sum of the 12 month-ends (the same proportions, no fractions).
    savingsBasisDivisor: average ? 12 : 1,
    members: members.map((m) => {
      const ends = balances.get(m.id)!;
      const leftInYear = m.leave_date !== null && m.leave_date <= yearEnd;
      const yearEndBalance = leftInYear ? ends[Number(m.leave_date!.slice(5, 7)) - 1]! : ends[11]!;
      return {
        memberNo: m.member_no,
        name: m.name,
        purchaseBasis: purchases.get(m.id) ?? 0,
        savingsBasis: average ? ends.reduce((s, v) => s + v, 0) : yearEndBalance,
      };
    }),
  };
  return { input, inputs: { ...settings, ...split }, memberIds };
}
