import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { MemberView } from '../../shared/api/members';

// Issue 15 item 16: a member's KK number is masked like the NIK; in full only for a manager who asks, audited.
let h: TempHost;
let manajer: Caller;
let kasir: Caller;

const KK = '6471050101097788';

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  manajer = await h.as('budi', '222222');
  kasir = await h.as('sari', '1111');
});
afterEach(() => h.dispose());

describe('member KK number', () => {
  it('every answer a kasir gets shows ****7788, never the full KK, and the kasir may not ask for it', async () => {
    const m = await manajer<MemberView>('members.create', { name: 'Siti Aminah', kkNo: KK, joinDate: '2026-08-01' });
    expect(m.kkMasked).toBe('****7788');
    const answers = [
      m,
      await kasir('members.get', { memberId: m.id }),
      await kasir('members.find', { code: m.cardCode }),
      await kasir('members.search', { query: 'siti' }),
      await kasir('members.card', { memberId: m.id }),
      await kasir('members.statement', { memberId: m.id, year: 2026 }),
    ];
    for (const a of answers) expect(JSON.stringify(a)).not.toContain(KK);
    expect((await errorOf(kasir('members.revealKk', { memberId: m.id, reason: 'ingin tahu' }))).code).toBe('ROLE_FORBIDDEN');
  });

  it('a manajer sees the full KK on request, the look is audited with its reason, and an edit keeps the stored KK', async () => {
    const m = await manajer<MemberView>('members.create', { name: 'Siti Aminah', kkNo: KK, joinDate: '2026-08-01' });
    expect(await manajer('members.revealKk', { memberId: m.id, reason: 'cek satu KK untuk LPG' })).toEqual({ memberId: m.id, kkNo: KK });
    const audits = h.core.db.prepare("SELECT action, details FROM audit_log WHERE entity = 'member' AND action = 'member.kk_reveal'").all() as {
      action: string;
      details: string;
    }[];
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toContain('cek satu KK untuk LPG');
    expect(audits[0]!.details).not.toContain(KK);

    const edited = await manajer<MemberView>('members.update', { memberId: m.id, changes: { phone: '0813 1111 2222' } });
    expect(edited.kkMasked).toBe('****7788');
    expect(await manajer('members.revealKk', { memberId: m.id, reason: 'setelah ubah' })).toEqual({ memberId: m.id, kkNo: KK });
  });
});
