import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { MemberView, MembershipFigure } from '../../shared/api/members';
import { putSetting } from '../../electron/services/settings/settings';

let h: TempHost;
let office: Caller;
let kasir: Caller;

const NIK = '6471054508900003';
const KK = '6471050101090001';

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  office = await h.as('budi', '222222');
  kasir = await h.as('sari', '1111');
});
afterEach(() => h.dispose());

const siti = {
  name: 'Siti Aminah',
  nik: NIK,
  kkNo: KK,
  address: 'Jl. Mulawarman 12',
  rt: '007',
  rw: '002',
  kelurahan: 'Gunung Samarinda',
  phone: '0812-5555-1234',
  joinDate: '2026-08-01',
};

describe('member register', () => {
  it('registers a member with the NIK sealed and shown masked, a member number and a card code', async () => {
    const m = await office<MemberView>('members.create', siti);
    expect(m).toMatchObject({
      memberNo: '00001',
      name: 'Siti Aminah',
      nikMasked: '****0003',
      kkMasked: `****${KK.slice(-4)}`,
      status: 'active',
      cardCode: 'AGT-GI-00001',
    });
    expect(JSON.stringify(m)).not.toContain(NIK);
    const row = h.core.db.prepare('SELECT nik_enc FROM members WHERE id = ?').get(m.id) as { nik_enc: string };
    expect(row.nik_enc).not.toContain(NIK);
    const second = await office<MemberView>('members.create', { name: 'Rahmat', joinDate: '2026-09-01' });
    expect(second.memberNo).toBe('00002');
  });

  it('the cashier finds a member by card scan, member number or NIK, and searches by name', async () => {
    const m = await office<MemberView>('members.create', siti);
    expect((await kasir<MemberView>('members.find', { code: 'AGT-GI-00001' })).id).toBe(m.id);
    expect((await kasir<MemberView>('members.find', { code: '00001' })).id).toBe(m.id);
    expect((await kasir<MemberView>('members.find', { code: NIK })).id).toBe(m.id);
    expect((await kasir<MemberView[]>('members.search', { query: 'amin' })).map((x) => x.id)).toEqual([m.id]);
    expect(await errorOf(kasir('members.find', { code: 'AGT-GI-99999' }))).toEqual({ code: 'MEMBER_UNKNOWN', params: {} });
  });

  it('refuses a second member with the same NIK, naming only its last four digits; a kasir may not register', async () => {
    await office('members.create', siti);
    expect(await errorOf(office('members.create', { ...siti, name: 'Lain' }))).toEqual({ code: 'MEMBER_NIK_TAKEN', params: { nik4: '0003' } });
    expect((await errorOf(office('members.create', { ...siti, nik: '1234' }))).code).toBe('MEMBER_NIK_INVALID');
    expect((await errorOf(kasir('members.create', { name: 'X', joinDate: '2026-01-01' }))).code).toBe('ROLE_FORBIDDEN');
  });

  it('edits and leaves a member (audited); a member who left cannot be attached to a sale', async () => {
    const m = await office<MemberView>('members.create', siti);
    const edited = await office<MemberView>('members.update', { memberId: m.id, changes: { phone: '0813 1111 2222', address: 'Jl. Baru 1' } });
    expect(edited).toMatchObject({ phone: '0813 1111 2222', address: 'Jl. Baru 1', nikMasked: '****0003' });
    const left = await office<MemberView>('members.leave', { memberId: m.id, leaveDate: '2026-11-15', reason: 'pindah domisili' });
    expect(left).toMatchObject({ status: 'left', leaveDate: '2026-11-15' });
    const actions = h.core.db.prepare("SELECT action, details FROM audit_log WHERE entity = 'member' ORDER BY id").all() as {
      action: string;
      details: string;
    }[];
    expect(actions.map((a) => a.action)).toEqual(['member.create', 'member.update', 'member.leave']);
    expect(actions.map((a) => a.details).join()).not.toContain(NIK);
    putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
    const err = await errorOf(
      kasir('sales.commit', {
        id: '01900000-0000-7000-8000-000000000001',
        memberId: m.id,
        lines: [{ productId: 'x', qtyMilli: 1000 }],
        payments: [{ method: 'cash', amount: 1 }],
      }),
    );
    expect(err.code).toBe('MEMBER_NOT_ACTIVE');
  });

  it('shows members against the KK of the kelurahan and the 10 % target', async () => {
    putSetting(h.core, 'members.kelurahan_kk_count', '2000-01-01', 25, null);
    await office('members.create', siti);
    await office('members.create', { name: 'Suami Siti', kkNo: KK, joinDate: '2026-08-01' });
    await office('members.create', { name: 'Rahmat', joinDate: '2026-08-01' });
    const f = await kasir<MembershipFigure>('members.figure');
    // 10 % of 25 KK = 2,5 → 3 members needed; 3 active members = 12,0 per 100 KK.
    expect(f).toMatchObject({ activeMembers: 3, kelurahanKkCount: 25, targetPct: '10', targetMembers: 3, pctOfKk: '12.0', reached: true });
  });
});
