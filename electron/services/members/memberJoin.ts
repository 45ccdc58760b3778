// Joining the koperasi at the counter: the member and, when paid on the spot, the simpanan pokok
// in one transaction, so a refused deposit leaves no member without the pokok the form said.
import type { MemberFields, MemberView } from '../../../shared/api/members';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { createMember } from './members';
import { deposit } from './simpanan';

export function joinMember(core: Core, fields: MemberFields, options: { payPokok?: boolean }, userId: string): MemberView {
  return inTransaction(core, () => {
    const member = createMember(core, fields, userId);
    if (options.payPokok) deposit(core, { memberId: member.id, kind: 'pokok', method: 'cash' }, userId);
    return member;
  });
}
