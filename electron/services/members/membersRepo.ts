// The member register as other features need it: whether a sale's member may buy, a member number
// on an imported sale or a struk, the last NIK digits printed for an identified buyer.
import type { Core } from '../core';

export function memberStatus(core: Core, memberId: string): string | undefined {
  return core.db.prepare('SELECT status FROM members WHERE id = ?').pluck().get(memberId) as string | undefined;
}

export function memberIdByNo(core: Core, memberNo: string): string | undefined {
  return core.db.prepare('SELECT id FROM members WHERE member_no = ?').pluck().get(memberNo) as string | undefined;
}

export function memberNoOf(core: Core, memberId: string): string | undefined {
  return core.db.prepare('SELECT member_no FROM members WHERE id = ?').pluck().get(memberId) as string | undefined;
}

/** The last four NIK digits of a member found by id or by NIK lookup hash (null: no NIK on file). */
export function memberNikLast4(core: Core, by: { id: string } | { nikHash: string }): string | null | undefined {
  return 'id' in by
    ? (core.db.prepare('SELECT nik_last4 FROM members WHERE id = ?').pluck().get(by.id) as string | null | undefined)
    : (core.db.prepare('SELECT nik_last4 FROM members WHERE nik_hash = ?').pluck().get(by.nikHash) as string | null | undefined);
}
