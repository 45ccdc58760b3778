import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import type { MemberStatement, MemberView, ShuRunView } from '../../shared/api/members';
import { noShiftNeeded, sell, stockedProduct } from '../support/members';
import { uuidv7 } from '../../shared/ids';

let h: TempHost;
let office: Caller;
let kasir: Caller;

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-03-10T02:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  noShiftNeeded(h.core);
  office = await h.as('budi', '222222');
  kasir = await h.as('sari', '1111');
});
afterEach(() => h.dispose());

describe('member purchases feed the SHU basis', () => {
  it('net of a voided sale and a return (through sales.void / sales.return), only in categories that count; non-member sales kept apart', async () => {
    const member = await office<MemberView>('members.create', { name: 'Siti', joinDate: '2026-01-05' });
    const gula = stockedProduct(h.core, 'GULA', 17_000);
    const lpg = stockedProduct(h.core, 'LPG3', 19_000, false);
    await sell(kasir, gula, 10, 17_000, member.id); // 170.000
    const voided = await sell(kasir, gula, 5, 17_000, member.id); // 85.000, voided
    const returned = await sell(kasir, gula, 4, 17_000, member.id); // 68.000, one returned
    await sell(kasir, lpg, 2, 19_000, member.id); // 38.000, does not count for SHU
    await sell(kasir, gula, 3, 17_000, null); // 51.000 non-member
    const approval = { username: 'budi', pin: '222222' };
    await kasir('sales.void', { saleId: voided, reason: 'salah input', approval });
    await kasir('sales.return', { id: uuidv7(), saleId: returned, lines: [{ lineNo: 1, qtyMilli: 1000 }], reason: 'kemasan rusak', approval });

    const st = await office<MemberStatement>('members.statement', { memberId: member.id, year: 2026 });
    expect(st.purchases.map((p) => [p.status, p.total, p.returned, p.net])).toEqual([
      ['completed', 170_000, 0, 170_000],
      ['voided', 85_000, 0, 0],
      ['completed', 68_000, 17_000, 51_000],
      ['completed', 38_000, 0, 38_000],
    ]);
    expect(st.purchasesNet).toBe(259_000);
    expect(st.purchasesCounted).toBe(221_000);

    const run = await office<ShuRunView>('shu.preview', { year: 2026, surplus: 10_000_000 });
    expect(run.members.map((m) => [m.memberNo, m.purchaseBasis])).toEqual([['00001', 221_000]]);
    expect(run.inputs).toMatchObject({ memberSales: 259_000, nonMemberSales: 51_000 });
    // 51.000 of 310.000 sales were to non-members: that share of the SHU goes to cadangan.
    expect(run.nonMemberShare).toBe(1_645_161);
    expect(run.members[0]!.jasaUsaha).toBe(run.funds.find((f) => f.key === 'jasaUsaha')!.amount);
  });
});
