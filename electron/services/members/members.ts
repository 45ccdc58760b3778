// The member register: create, edit, leave, and the lookups the cashier uses to attach a member
// to a sale. The NIK is sealed (encrypted + keyed hash) and only ever shown as ****1234; the KK
// number is shown the same way, in full only to a manager who asks for it (audited).
import { AppError, type ErrorCode } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { Dec } from '../../../shared/money';
import { checkKk, checkNik, maskNik } from '../../../shared/nik';
import { DATE_RE } from '../../../shared/time';
import type { MemberCardData, MemberFields, MemberView, MembershipFigure } from '../../../shared/api/members';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { lookupHash, sealNik } from '../privacy/personalData';
import { outletToday, setting, settingOn } from '../settings/settings';

interface MemberRow {
  id: string;
  member_no: string;
  name: string;
  nik_last4: string | null;
  kk_no: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  kelurahan: string | null;
  phone: string | null;
  join_date: string;
  leave_date: string | null;
  status: 'active' | 'left';
  card_code: string;
}

const COLUMNS = 'id, member_no, name, nik_last4, kk_no, address, rt, rw, kelurahan, phone, join_date, leave_date, status, card_code';

export function toView(r: MemberRow): MemberView {
  return {
    id: r.id,
    memberNo: r.member_no,
    name: r.name,
    nikMasked: r.nik_last4 ? maskNik(r.nik_last4) : null,
    kkMasked: r.kk_no ? maskNik(r.kk_no) : null,
    address: r.address,
    rt: r.rt,
    rw: r.rw,
    kelurahan: r.kelurahan,
    phone: r.phone,
    joinDate: r.join_date,
    leaveDate: r.leave_date,
    status: r.status,
    cardCode: r.card_code,
  };
}

export interface FieldProblem {
  field: string;
  code: ErrorCode;
  params: Record<string, string | number>;
}

/** A member's fields after cleaning, ready for the table. */
export interface CleanMember {
  memberNo: string | null;
  name: string;
  nik: string | null;
  kkNo: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  kelurahan: string | null;
  phone: string | null;
  joinDate: string;
  cardCode: string | null;
}

/** YYYY-MM-DD of a day that exists (no 30 February). */
function isRealDate(s: string): boolean {
  return DATE_RE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/**
 * Checks one member's fields against the rules and the register (uniqueness), without writing.
 * `taken` carries numbers, NIK hashes and card codes already claimed by earlier rows of an import.
 */
export function validateMember(core: Core, f: MemberFields, ignoreId: string | null, taken?: Set<string>): { clean: CleanMember; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const clean: CleanMember = {
    memberNo: blank(f.memberNo),
    name: (f.name ?? '').trim(),
    nik: null,
    kkNo: null,
    address: blank(f.address),
    rt: blank(f.rt),
    rw: blank(f.rw),
    kelurahan: blank(f.kelurahan),
    phone: blank(f.phone),
    joinDate: (f.joinDate ?? '').trim(),
    cardCode: blank(f.cardCode),
  };
  const clash = (sql: string, value: string) => {
    const row = core.db.prepare(sql).get(value) as { id: string } | undefined;
    return row !== undefined && row.id !== ignoreId;
  };
  if (!clean.name) problems.push({ field: 'name', code: 'MEMBER_NAME_REQUIRED', params: {} });
  if (!isRealDate(clean.joinDate)) problems.push({ field: 'joinDate', code: 'MEMBER_DATE_INVALID', params: { value: clean.joinDate } });
  if (clean.memberNo !== null) {
    if (!/^[A-Za-z0-9./-]{1,20}$/.test(clean.memberNo)) problems.push({ field: 'memberNo', code: 'MEMBER_NO_INVALID', params: { memberNo: clean.memberNo } });
    else if (clash('SELECT id FROM members WHERE member_no = ?', clean.memberNo) || taken?.has(`no:${clean.memberNo}`))
      problems.push({ field: 'memberNo', code: 'MEMBER_NO_TAKEN', params: { memberNo: clean.memberNo } });
  }
  const nikRaw = blank(f.nik);
  if (nikRaw !== null) {
    const nik = checkNik(nikRaw);
    if (!nik.ok) problems.push({ field: 'nik', code: 'MEMBER_NIK_INVALID', params: { problem: nik.problem } });
    else {
      const hash = lookupHash(core.keys, nik.nik);
      if (clash('SELECT id FROM members WHERE nik_hash = ?', hash) || taken?.has(`nik:${hash}`))
        problems.push({ field: 'nik', code: 'MEMBER_NIK_TAKEN', params: { nik4: nik.nik.slice(-4) } });
      clean.nik = nik.nik;
    }
  }
  const kkRaw = blank(f.kkNo);
  if (kkRaw !== null) {
    const kk = checkKk(kkRaw);
    if (!kk.ok) problems.push({ field: 'kkNo', code: 'MEMBER_KK_INVALID', params: {} });
    else clean.kkNo = kk.kk;
  }
  if (clean.phone !== null && !/^\+?[0-9][0-9 -]{6,19}$/.test(clean.phone))
    problems.push({ field: 'phone', code: 'MEMBER_PHONE_INVALID', params: { phone: clean.phone } });
  for (const k of ['rt', 'rw'] as const) {
    const v = clean[k];
    if (v !== null && !/^\d{1,3}$/.test(v)) problems.push({ field: k, code: 'MEMBER_RT_RW_INVALID', params: { value: v } });
  }
  if (clean.cardCode !== null) {
    if (!/^[A-Za-z0-9-]{4,40}$/.test(clean.cardCode)) problems.push({ field: 'cardCode', code: 'MEMBER_CARD_INVALID', params: { cardCode: clean.cardCode } });
    else if (clash('SELECT id FROM members WHERE card_code = ?', clean.cardCode) || taken?.has(`card:${clean.cardCode}`))
      problems.push({ field: 'cardCode', code: 'MEMBER_CARD_TAKEN', params: { cardCode: clean.cardCode } });
  }
  return { clean, problems };
}

/** The next free member number: the highest numeric one plus one, five digits. */
function nextMemberNo(core: Core): string {
  const row = core.db.prepare("SELECT MAX(CAST(member_no AS INTEGER)) AS n FROM members WHERE member_no GLOB '[0-9]*'").get() as { n: number | null };
  return String((row.n ?? 0) + 1).padStart(5, '0');
}

/** The card code printed as a Code 128 barcode: letters, so a scan is never mistaken for a product. */
function defaultCardCode(core: Core, memberNo: string): string {
  return `AGT-${settingOn(core, 'outlet.code', outletToday(core))}-${memberNo}`;
}

function throwFirst(problems: FieldProblem[]): void {
  const p = problems[0];
  if (p) throw new AppError(p.code, p.params);
}

/** Inserts a validated member; call inside a transaction. */
export function insertMember(core: Core, clean: CleanMember, userId: string | null): string {
  const id = uuidv7(core.now().getTime());
  const memberNo = clean.memberNo ?? nextMemberNo(core);
  const sealed = clean.nik ? sealNik(core.keys, clean.nik) : null;
  core.db
    .prepare(
      `INSERT INTO members (id, member_no, name, nik_enc, nik_hash, nik_last4, kk_no, address, rt, rw, kelurahan, phone, join_date, status, card_code, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
    )
    .run(
      id,
      memberNo,
      clean.name,
      sealed?.enc ?? null,
      sealed?.hash ?? null,
      sealed?.last4 ?? null,
      clean.kkNo,
      clean.address,
      clean.rt,
      clean.rw,
      clean.kelurahan,
      clean.phone,
      clean.joinDate,
      clean.cardCode ?? defaultCardCode(core, memberNo),
      core.now().toISOString(),
    );
  audit(core, { userId, action: 'member.create', entity: 'member', entityId: id, details: { memberNo } });
  return id;
}

export function createMember(core: Core, fields: MemberFields, userId: string | null): MemberView {
  return inTransaction(core, () => {
    const { clean, problems } = validateMember(core, fields, null);
    throwFirst(problems);
    return getMember(core, insertMember(core, clean, userId));
  });
}

export function getMember(core: Core, memberId: string): MemberView {
  const row = core.db.prepare(`SELECT ${COLUMNS} FROM members WHERE id = ?`).get(memberId) as MemberRow | undefined;
  if (!row) throw new AppError('MEMBER_UNKNOWN', { memberId });
  return toView(row);
}

export function updateMember(core: Core, memberId: string, changes: Partial<MemberFields>, userId: string | null): MemberView {
  return inTransaction(core, () => {
    const current = getMember(core, memberId);
    const merged: MemberFields = {
      memberNo: changes.memberNo ?? current.memberNo,
      name: changes.name ?? current.name,
      nik: changes.nik ?? null,
      kkNo: changes.kkNo !== undefined ? changes.kkNo : storedKk(core, memberId),
      address: changes.address !== undefined ? changes.address : current.address,
      rt: changes.rt !== undefined ? changes.rt : current.rt,
      rw: changes.rw !== undefined ? changes.rw : current.rw,
      kelurahan: changes.kelurahan !== undefined ? changes.kelurahan : current.kelurahan,
      phone: changes.phone !== undefined ? changes.phone : current.phone,
      joinDate: changes.joinDate ?? current.joinDate,
      cardCode: changes.cardCode ?? current.cardCode,
    };
    const { clean, problems } = validateMember(core, merged, memberId);
    throwFirst(problems);
    core.db
      .prepare(
        'UPDATE members SET member_no = ?, name = ?, kk_no = ?, address = ?, rt = ?, rw = ?, kelurahan = ?, phone = ?, join_date = ?, card_code = ? WHERE id = ?',
      )
      .run(clean.memberNo, clean.name, clean.kkNo, clean.address, clean.rt, clean.rw, clean.kelurahan, clean.phone, clean.joinDate, clean.cardCode, memberId);
    if (clean.nik) {
      const sealed = sealNik(core.keys, clean.nik);
      core.db.prepare('UPDATE members SET nik_enc = ?, nik_hash = ?, nik_last4 = ? WHERE id = ?').run(sealed.enc, sealed.hash, sealed.last4, memberId);
    }
    audit(core, { userId, action: 'member.update', entity: 'member', entityId: memberId, details: { fields: Object.keys(changes).sort() } });
    return getMember(core, memberId);
  });
}

function storedKk(core: Core, memberId: string): string | null {
  return core.db.prepare('SELECT kk_no FROM members WHERE id = ?').pluck().get(memberId) as string | null;
}

/** The full KK number, for a manager who asks for it (e.g. to check a household); each look is audited. */
export function revealKk(core: Core, memberId: string, reason: string, userId: string): { memberId: string; kkNo: string | null } {
  getMember(core, memberId);
  const kkNo = storedKk(core, memberId);
  audit(core, { userId, action: 'member.kk_reveal', entity: 'member', entityId: memberId, details: { reason } });
  return { memberId, kkNo };
}

export function leaveMember(core: Core, memberId: string, leaveDate: string, reason: string, userId: string | null): MemberView {
  return inTransaction(core, () => {
    const m = getMember(core, memberId);
    if (m.status === 'left') throw new AppError('MEMBER_NOT_ACTIVE', { memberId });
    if (leaveDate < m.joinDate) throw new AppError('MEMBER_LEAVE_BEFORE_JOIN', { leaveDate, joinDate: m.joinDate });
    core.db.prepare("UPDATE members SET status = 'left', leave_date = ? WHERE id = ?").run(leaveDate, memberId);
    audit(core, { userId, action: 'member.leave', entity: 'member', entityId: memberId, details: { memberNo: m.memberNo, leaveDate, reason } });
    return getMember(core, memberId);
  });
}

/** Exact lookup for the counter: card scan, member number, or a typed NIK (found by its keyed hash). */
export function findMember(core: Core, code: string): MemberView {
  const c = code.trim();
  const byCode = core.db
    .prepare(`SELECT ${COLUMNS} FROM members WHERE card_code = ? COLLATE NOCASE OR member_no = ? ORDER BY card_code = ? DESC LIMIT 1`)
    .get(c, c, c) as MemberRow | undefined;
  if (byCode) return toView(byCode);
  const nik = checkNik(c);
  if (nik.ok) {
    const byNik = core.db.prepare(`SELECT ${COLUMNS} FROM members WHERE nik_hash = ?`).get(lookupHash(core.keys, nik.nik)) as MemberRow | undefined;
    if (byNik) return toView(byNik);
  }
  throw new AppError('MEMBER_UNKNOWN', {});
}

export function searchMembers(core: Core, query: string, status: 'active' | 'left' | 'all' = 'active', limit = 50): MemberView[] {
  const q = query.trim();
  const like = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = core.db
    .prepare(
      `SELECT ${COLUMNS} FROM members
       WHERE (? = 'all' OR status = ?)
         AND (? = '' OR name LIKE ? ESCAPE '\\' OR member_no LIKE ? ESCAPE '\\' OR card_code = ? COLLATE NOCASE)
       ORDER BY status = 'active' DESC, name COLLATE NOCASE, member_no LIMIT ?`,
    )
    .all(status, status, q, like, like, q, limit) as MemberRow[];
  return rows.map(toView);
}

export function memberCard(core: Core, memberId: string): MemberCardData {
  const m = getMember(core, memberId);
  const address = [m.address, m.rt && m.rw ? `RT ${m.rt}/RW ${m.rw}` : null, m.kelurahan].filter(Boolean).join(', ');
  return {
    outletName: setting(core, 'outlet.name'),
    memberNo: m.memberNo,
    name: m.name,
    nikMasked: m.nikMasked,
    address,
    joinDate: m.joinDate,
    cardCode: m.cardCode,
  };
}

/** Dashboard: active members against the households (KK) of the kelurahan and the target. */
export function membershipFigure(core: Core): MembershipFigure {
  const kk = setting(core, 'members.kelurahan_kk_count');
  const targetPct = setting(core, 'members.target_pct');
  const row = core.db.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT kk_no) AS households FROM members WHERE status = 'active'").get() as {
    n: number;
    households: number;
  };
  const targetMembers = new Dec(kk).mul(targetPct).div(100).ceil().toNumber();
  const pctOfKk = kk > 0 ? new Dec(row.n).mul(100).div(kk).toFixed(1) : null;
  return {
    activeMembers: row.n,
    households: row.households,
    kelurahanKkCount: kk,
    targetPct,
    targetMembers,
    pctOfKk,
    reached: kk > 0 && row.n >= targetMembers,
  };
}
