// The SHU run in the books, on a real SQLite file through the router: approval appropriates SHU
// tahun berjalan to cadangan, the funds and the members' utang SHU; payouts settle it from the
// brankas or into simpanan sukarela. The rupiah figures are worked out from the default AD/ART
// split (cadangan 30, jasa usaha 25, jasa modal 20, five funds of 5) over Rp1.000.000.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { MemberView, ShuRunView } from '../../shared/api/members';
import { noShiftNeeded, sell, stockedProduct } from '../support/members';

let h: TempHost;
let office: Caller;
let members: MemberView[];

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-02-10T02:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  noShiftNeeded(h.core);
  office = await h.as('budi', '222222');
  const kasir = await h.as('sari', '1111');
  members = [];
  for (const name of ['Siti Aminah', 'Rahmat', 'Yohanes'])
    members.push(await office<MemberView>('members.create', { name, joinDate: '2026-01-02', payPokok: true }));
  const beras = stockedProduct(h.core, 'BERAS', 65_500);
  await sell(kasir, beras, 3, 65_500, members[0]!.id);
  await sell(kasir, beras, 1, 65_500, members[1]!.id);
});
afterEach(() => h.dispose());

/** Net per account (debit − credit) of the entries of one document type. */
function netOf(docType: string): Record<string, number> {
  const rows = h.core.db
    .prepare(
      'SELECT l.account_code AS code, SUM(l.debit) - SUM(l.credit) AS net FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE e.doc_type = ? GROUP BY l.account_code',
    )
    .all(docType) as { code: string; net: number }[];
  return Object.fromEntries(rows.map((r) => [r.code, r.net]));
}

describe('SHU run postings', () => {
  it('approval appropriates the whole surplus, balanced, and a draft posts nothing', async () => {
    const run = await office<ShuRunView>('shu.createRun', { year: 2026, surplus: 1_000_000 });
    expect(netOf('shu_run')).toEqual({});
    await office('shu.approveRun', { runId: run.id });
    expect(netOf('shu_run')).toEqual({
      '3301': 1_000_000,
      '3201': -300_000,
      '2501': -50_000,
      '2502': -50_000,
      '2503': -50_000,
      '2504': -50_000,
      '2505': -50_000,
      '2301': -450_000,
    });
    const entry = h.core.db.prepare("SELECT doc_id, memo FROM journal_entries WHERE doc_type = 'shu_run'").get() as { doc_id: string; memo: string };
    expect(entry).toEqual({ doc_id: run.id, memo: 'Pembagian SHU tahun 2026' });
  });

  it('a cash payout settles utang SHU from the brankas; a payout to simpanan moves it to sukarela', async () => {
    const run = await office<ShuRunView>('shu.createRun', { year: 2026, surplus: 1_000_000 });
    await office('shu.approveRun', { runId: run.id });
    await office('shu.recordPayout', { runId: run.id, memberId: members[1]!.id, method: 'cash' });
    expect(netOf('shu_payout')).toEqual({ '2301': 129_167, '1101': -129_167 });
    await office('shu.recordPayout', { runId: run.id, memberId: members[0]!.id, method: 'simpanan' });
    const owed = h.core.db.prepare("SELECT SUM(credit) - SUM(debit) FROM journal_lines WHERE account_code = '2301'").pluck().get();
    // 450.000 appropriated, 129.167 paid in cash, 254.167 credited to simpanan: 66.666 still owed to the third member.
    expect(owed).toBe(66_666);
    const sukarela = h.core.db.prepare("SELECT SUM(credit) - SUM(debit) FROM journal_lines WHERE account_code = '2201'").pluck().get();
    expect(sukarela).toBe(254_167);
    const trial = h.core.db.prepare('SELECT SUM(debit) - SUM(credit) FROM journal_lines').pluck().get();
    expect(trial).toBe(0);
  });
});
