import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { MemberStatement, MemberView, SimpananBalances, SimpananEntryView, WajibArrears } from '../../shared/api/members';
import { putSetting } from '../../electron/services/settings/settings';

let h: TempHost;
let office: Caller;
let member: MemberView;

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-08-03T02:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  office = await h.as('budi', '222222');
  member = await office<MemberView>('members.create', { name: 'Siti', joinDate: '2026-08-01', payPokok: true });
});
afterEach(() => h.dispose());

const summary = () => office<{ balances: SimpananBalances; arrears: WajibArrears }>('simpanan.summary', { memberId: member.id });

describe('simpanan ledger', () => {
  it('takes simpanan pokok once at joining, at the AD/ART amount, with a receipt number', async () => {
    expect((await summary()).balances.pokok).toBe(50_000);
    const entry = h.core.db.prepare('SELECT receipt_no, amount FROM simpanan_entries WHERE member_id = ?').get(member.id) as {
      receipt_no: string;
      amount: number;
    };
    expect(entry).toEqual({ receipt_no: 'GI-SP-20260803-0001', amount: 50_000 });
    expect(await errorOf(office('simpanan.deposit', { memberId: member.id, kind: 'pokok' }))).toEqual({
      code: 'SIMPANAN_POKOK_PAID',
      params: { memberNo: '00001' },
    });
  });

  it('shows wajib arrears month by month, at the amount in force each month', async () => {
    await office('simpanan.deposit', { memberId: member.id, kind: 'wajib' }); // August
    // The RAT raised wajib to Rp15.000 from October.
    putSetting(h.core, 'simpanan.wajib_amount', '2026-10-01', 15_000, null);
    h.clock.now = new Date('2026-11-20T02:00:00Z');
    office = await h.as('budi', '222222');
    const { arrears } = await summary();
    // Due: Aug 10.000 + Sep 10.000 + Oct 15.000 + Nov 15.000 = 50.000; paid 10.000.
    expect(arrears).toEqual({ monthsDue: 4, expected: 50_000, paid: 10_000, arrears: 40_000, unpaidMonths: ['2026-09', '2026-10', '2026-11'] });
    const paid = await office<SimpananEntryView>('simpanan.deposit', { memberId: member.id, kind: 'wajib', months: 2 });
    expect(paid.amount).toBe(30_000);
    expect((await summary()).arrears).toMatchObject({ arrears: 10_000, unpaidMonths: ['2026-11'] });
  });

  it('sukarela: deposits and withdrawals, never below zero; pokok and wajib stay until the member leaves', async () => {
    await office('simpanan.deposit', { memberId: member.id, kind: 'sukarela', amount: 75_000 });
    const w = await office<SimpananEntryView>('simpanan.withdraw', { memberId: member.id, kind: 'sukarela', amount: 25_000 });
    expect(w.amount).toBe(-25_000);
    expect(w.receiptNo).toBe('GI-SP-20260803-0003');
    expect(await errorOf(office('simpanan.withdraw', { memberId: member.id, kind: 'sukarela', amount: 50_001 }))).toEqual({
      code: 'SIMPANAN_BALANCE_SHORT',
      params: { kind: 'sukarela', availableAmount: 50_000, amount: 50_001 },
    });
    expect((await errorOf(office('simpanan.withdraw', { memberId: member.id, kind: 'pokok', amount: 50_000 }))).code).toBe('SIMPANAN_WITHDRAW_ONLY_ON_LEAVE');
    expect((await summary()).balances).toEqual({ pokok: 50_000, wajib: 0, sukarela: 50_000, total: 100_000 });
    await office('members.leave', { memberId: member.id, leaveDate: '2026-08-03', reason: 'pindah' });
    await office('simpanan.withdraw', { memberId: member.id, kind: 'pokok', amount: 50_000 });
    expect((await summary()).balances.pokok).toBe(0);
  });

  it('the statement lists the year: opening, entries, closing and arrears', async () => {
    await office('simpanan.deposit', { memberId: member.id, kind: 'sukarela', amount: 20_000 });
    const st = await office<MemberStatement>('members.statement', { memberId: member.id, year: 2026 });
    expect(st.opening.total).toBe(0);
    expect(st.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['pokok', 50_000],
      ['sukarela', 20_000],
    ]);
    expect(st.closing.total).toBe(70_000);
    expect(st.arrears.unpaidMonths).toEqual(['2026-08']);
  });
});
