// SHU runs: compute from the year's data (draft) → review → approve, which freezes the run (the
// database refuses any later change) → payouts, in cash or credited to simpanan sukarela.
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { compareMemberNo, computeShu, type ShuResult } from '../../../shared/shu';
import type { ShuRunInputs, ShuRunView, ShuSlipData } from '../../../shared/api/members';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { gatherShuData } from './shuData';
import { postSimpanan } from './simpanan';
import { postShuAppropriation, postShuCashPayout } from '../books/shuPostings';
import { setting } from '../settings/settings';

function view(
  id: string,
  meta: Pick<ShuRunView, 'status' | 'createdAt' | 'createdBy' | 'approvedAt' | 'approvedBy'>,
  inputs: ShuRunInputs,
  r: ShuResult,
  memberIds: Map<string, string>,
): ShuRunView {
  return {
    id,
    year: r.year,
    surplus: r.surplus,
    ...meta,
    inputs,
    villageShare: r.villageShare,
    nonMemberShare: r.nonMemberShare,
    pool: r.pool,
    funds: r.funds,
    jasaUsahaUndistributed: r.jasaUsahaUndistributed,
    jasaModalUndistributed: r.jasaModalUndistributed,
    roundingToCadangan: r.roundingToCadangan,
    cadanganTotal: r.cadanganTotal,
    totals: r.totals,
    members: r.members.map((m) => ({ ...m, memberId: memberIds.get(m.memberNo)! })),
  };
}

/** Computes the year's SHU from the database without saving anything. */
export function previewShu(core: Core, year: number, surplus: number): ShuRunView {
  const data = gatherShuData(core, year, surplus);
  const result = computeShu(data.input);
  return view(
    '',
    { status: 'draft', createdAt: core.now().toISOString(), createdBy: null, approvedAt: null, approvedBy: null },
    data.inputs,
    result,
    data.memberIds,
  );
}

export function createRun(core: Core, year: number, surplus: number, userId: string | null): ShuRunView {
  const id = uuidv7(core.now().getTime());
  inTransaction(core, () => {
    const data = gatherShuData(core, year, surplus);
    const r = computeShu(data.input);
    const { members: _members, ...summary } = r;
    core.db
      .prepare("INSERT INTO shu_runs (id, year, surplus, status, inputs, result, created_by, created_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?)")
      .run(id, year, surplus, JSON.stringify(data.inputs), JSON.stringify(summary), userId, core.now().toISOString());
    const insert = core.db.prepare(
      `INSERT INTO shu_run_members (run_id, member_id, member_no, name, purchase_basis, savings_basis, jasa_usaha, jasa_modal, total, withheld, net, payout, rounded_off)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of r.members)
      insert.run(
        id,
        data.memberIds.get(m.memberNo),
        m.memberNo,
        m.name,
        m.purchaseBasis,
        m.savingsBasis,
        m.jasaUsaha,
        m.jasaModal,
        m.total,
        m.withheld,
        m.net,
        m.payout,
        m.roundedOff,
      );
    audit(core, { userId, action: 'shu.run.create', entity: 'shu_run', entityId: id, details: { year, surplus, members: r.members.length } });
  });
  return getRun(core, id);
}

interface RunRow {
  id: string;
  year: number;
  surplus: number;
  status: 'draft' | 'approved';
  inputs: string;
  result: string;
  created_by: string | null;
  created_at: string;
  approved_by: string | null;
  approved_at: string | null;
}

export function getRun(core: Core, runId: string): ShuRunView {
  const row = core.db.prepare('SELECT * FROM shu_runs WHERE id = ?').get(runId) as RunRow | undefined;
  if (!row) throw new AppError('SHU_RUN_UNKNOWN', { runId });
  const summary = JSON.parse(row.result) as Omit<ShuResult, 'members'>;
  const members = core.db.prepare('SELECT * FROM shu_run_members WHERE run_id = ?').all(runId) as {
    member_id: string;
    member_no: string;
    name: string;
    purchase_basis: number;
    savings_basis: number;
    jasa_usaha: number;
    jasa_modal: number;
    total: number;
    withheld: number;
    net: number;
    payout: number;
    rounded_off: number;
  }[];
  const rows: ShuResult['members'] = members.map((m) => ({
    memberNo: m.member_no,
    name: m.name,
    purchaseBasis: m.purchase_basis,
    savingsBasis: m.savings_basis,
    jasaUsaha: m.jasa_usaha,
    jasaModal: m.jasa_modal,
    total: m.total,
    withheld: m.withheld,
    net: m.net,
    payout: m.payout,
    roundedOff: m.rounded_off,
  }));
  const order = new Map(members.map((m) => [m.member_no, m.member_id]));
  // The engine's member order: by member number.
  const result: ShuResult = { ...summary, members: rows.sort((a, b) => compareMemberNo(a.memberNo, b.memberNo)) };
  return view(
    row.id,
    { status: row.status, createdAt: row.created_at, createdBy: row.created_by, approvedAt: row.approved_at, approvedBy: row.approved_by },
    JSON.parse(row.inputs) as ShuRunInputs,
    result,
    order,
  );
}

export function listRuns(core: Core, year?: number): Omit<ShuRunView, 'members' | 'inputs' | 'funds'>[] {
  const rows = core.db
    .prepare('SELECT * FROM shu_runs WHERE (? IS NULL OR year = ?) ORDER BY created_at DESC, id DESC')
    .all(year ?? null, year ?? null) as RunRow[];
  return rows.map((row) => {
    const s = JSON.parse(row.result) as Omit<ShuResult, 'members'>;
    return {
      id: row.id,
      year: row.year,
      surplus: row.surplus,
      status: row.status,
      createdAt: row.created_at,
      createdBy: row.created_by,
      approvedAt: row.approved_at,
      approvedBy: row.approved_by,
      villageShare: s.villageShare,
      nonMemberShare: s.nonMemberShare,
      pool: s.pool,
      jasaUsahaUndistributed: s.jasaUsahaUndistributed,
      jasaModalUndistributed: s.jasaModalUndistributed,
      roundingToCadangan: s.roundingToCadangan,
      cadanganTotal: s.cadanganTotal,
      totals: s.totals,
    };
  });
}

export function approveRun(core: Core, runId: string, userId: string): ShuRunView {
  inTransaction(core, () => {
    const run = core.db.prepare('SELECT year, status, surplus FROM shu_runs WHERE id = ?').get(runId) as
      { year: number; status: string; surplus: number } | undefined;
    if (!run) throw new AppError('SHU_RUN_UNKNOWN', { runId });
    if (run.status === 'approved') throw new AppError('SHU_RUN_FROZEN', { year: run.year });
    if (core.db.prepare("SELECT 1 FROM shu_runs WHERE year = ? AND status = 'approved'").get(run.year))
      throw new AppError('SHU_YEAR_APPROVED', { year: run.year });
    core.db.prepare("UPDATE shu_runs SET status = 'approved', approved_by = ?, approved_at = ? WHERE id = ?").run(userId, core.now().toISOString(), runId);
    const summary = JSON.parse(core.db.prepare('SELECT result FROM shu_runs WHERE id = ?').pluck().get(runId) as string) as Omit<ShuResult, 'members'>;
    postShuAppropriation(core, runId, summary, userId);
    audit(core, { userId, action: 'shu.run.approve', entity: 'shu_run', entityId: runId, details: { year: run.year, surplus: run.surplus } });
  });
  return getRun(core, runId);
}

export function recordPayout(
  core: Core,
  runId: string,
  memberId: string,
  method: 'cash' | 'simpanan',
  userId: string,
): { memberId: string; method: 'cash' | 'simpanan'; amount: number; receiptNo: string | null } {
  return inTransaction(core, () => {
    const run = core.db.prepare('SELECT year, status FROM shu_runs WHERE id = ?').get(runId) as { year: number; status: string } | undefined;
    if (!run) throw new AppError('SHU_RUN_UNKNOWN', { runId });
    if (run.status !== 'approved') throw new AppError('SHU_RUN_NOT_APPROVED', { year: run.year });
    const row = core.db.prepare('SELECT member_no, payout FROM shu_run_members WHERE run_id = ? AND member_id = ?').get(runId, memberId) as
      { member_no: string; payout: number } | undefined;
    if (!row) throw new AppError('MEMBER_UNKNOWN', { memberId });
    if (core.db.prepare('SELECT 1 FROM shu_payouts WHERE run_id = ? AND member_id = ?').get(runId, memberId))
      throw new AppError('SHU_ALREADY_PAID', { memberNo: row.member_no });
    let entryId: string | null = null;
    let receiptNo: string | null = null;
    if (method === 'simpanan' && row.payout > 0) {
      const entry = postSimpanan(core, { memberId, kind: 'sukarela', amount: row.payout, method: 'shu', reference: `SHU ${run.year} ${runId}` }, userId);
      entryId = entry.id;
      receiptNo = entry.receiptNo;
    }
    if (method === 'cash' && row.payout > 0) postShuCashPayout(core, runId, memberId, row.member_no, row.payout, userId);
    core.db
      .prepare('INSERT INTO shu_payouts (run_id, member_id, method, amount, simpanan_entry_id, paid_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(runId, memberId, method, row.payout, entryId, core.now().toISOString(), userId);
    audit(core, { userId, action: 'shu.payout', entity: 'shu_run', entityId: runId, details: { memberNo: row.member_no, method, amount: row.payout } });
    return { memberId, method, amount: row.payout, receiptNo };
  });
}

export function shuSlip(core: Core, runId: string, memberId: string): ShuSlipData {
  const run = getRun(core, runId);
  const m = run.members.find((x) => x.memberId === memberId);
  if (!m) throw new AppError('MEMBER_UNKNOWN', { memberId });
  const paid = core.db.prepare('SELECT method, amount, paid_at FROM shu_payouts WHERE run_id = ? AND member_id = ?').get(runId, memberId) as
    { method: 'cash' | 'simpanan'; amount: number; paid_at: string } | undefined;
  return {
    outletName: setting(core, 'outlet.name'),
    year: run.year,
    runId,
    status: run.status,
    memberNo: m.memberNo,
    name: m.name,
    purchaseBasis: m.purchaseBasis,
    savingsBasis: m.savingsBasis,
    jasaUsaha: m.jasaUsaha,
    jasaModal: m.jasaModal,
    total: m.total,
    withheld: m.withheld,
    net: m.net,
    payout: m.payout,
    paid: paid ? { method: paid.method, amount: paid.amount, paidAt: paid.paid_at } : null,
  };
}
