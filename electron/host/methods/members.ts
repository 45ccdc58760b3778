// Members, simpanan and SHU runs behind the router.
import { membersApi } from '../../../shared/api/members';
import { findMember, getMember, leaveMember, memberCard, membershipFigure, revealKk, searchMembers, updateMember } from '../../services/members/members';
import { importMembers } from '../../services/members/memberImport';
import { memberStatement } from '../../services/members/memberStatement';
import { balances, deposit, wajibArrears, withdraw } from '../../services/members/simpanan';
import { approveRun, createRun, getRun, listRuns, previewShu, recordPayout, shuSlip } from '../../services/members/shuRuns';
import { exportRun } from '../../services/members/shuFiles';
import { joinMember } from '../../services/members/memberJoin';
import { memberCardDocument, shuSlipDocument } from '../../services/members/memberPaper';
import { actorId, anyCaller, method } from '../router';
import type { Core } from '../../services/core';

async function shuDownload(core: Core, run: ReturnType<typeof getRun>, format: 'csv' | 'xlsx' | 'pdf') {
  const file = await exportRun(core, run, format);
  return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
}

export const membersMethods = {
  'members.create': method(membersApi['members.create'], (ctx, { payPokok, ...fields }) => joinMember(ctx.core, fields, { payPokok }, ctx.user.id)),
  'members.update': method(membersApi['members.update'], (ctx, input) => updateMember(ctx.core, input.memberId, input.changes, ctx.user.id)),
  'members.leave': method(membersApi['members.leave'], (ctx, input) => leaveMember(ctx.core, input.memberId, input.leaveDate, input.reason, ctx.user.id)),
  'members.revealKk': method(membersApi['members.revealKk'], (ctx, input) => revealKk(ctx.core, input.memberId, input.reason, ctx.user.id)),
  'members.get': method(membersApi['members.get'], (ctx, input) => getMember(ctx.core, input.memberId)),
  'members.find': method(membersApi['members.find'], (ctx, input) => findMember(ctx.core, input.code)),
  'members.search': method(membersApi['members.search'], (ctx, input) => searchMembers(ctx.core, input.query, input.status, input.limit)),
  'members.import': anyCaller(membersApi['members.import'], (ctx, input) =>
    importMembers(
      ctx.core,
      input.format,
      Buffer.from(input.contentBase64, 'base64'),
      { validRowsOnly: input.validRowsOnly, payPokok: input.payPokok },
      actorId(ctx),
    ),
  ),
  'members.card': method(membersApi['members.card'], (ctx, input) => memberCard(ctx.core, input.memberId)),
  'members.cardDocument': method(membersApi['members.cardDocument'], (ctx, input) => memberCardDocument(ctx.core, input.memberId, input.width)),
  'members.figure': method(membersApi['members.figure'], (ctx) => membershipFigure(ctx.core)),
  'members.statement': method(membersApi['members.statement'], (ctx, input) => memberStatement(ctx.core, input.memberId, input.year)),
  'simpanan.deposit': method(membersApi['simpanan.deposit'], (ctx, input) => deposit(ctx.core, input, ctx.user.id)),
  'simpanan.withdraw': method(membersApi['simpanan.withdraw'], (ctx, input) => withdraw(ctx.core, input, ctx.user.id)),
  'simpanan.summary': method(membersApi['simpanan.summary'], (ctx, input) => ({
    balances: balances(ctx.core, input.memberId),
    arrears: wajibArrears(ctx.core, input.memberId),
  })),
  'shu.preview': method(membersApi['shu.preview'], (ctx, input) => previewShu(ctx.core, input.year, input.surplus)),
  'shu.createRun': anyCaller(membersApi['shu.createRun'], (ctx, input) => createRun(ctx.core, input.year, input.surplus, actorId(ctx))),
  'shu.getRun': method(membersApi['shu.getRun'], (ctx, input) => getRun(ctx.core, input.runId)),
  'shu.listRuns': method(membersApi['shu.listRuns'], (ctx, input) => listRuns(ctx.core, input.year)),
  'shu.approveRun': method(membersApi['shu.approveRun'], (ctx, input) => approveRun(ctx.core, input.runId, ctx.user.id)),
  'shu.recordPayout': method(membersApi['shu.recordPayout'], (ctx, input) => recordPayout(ctx.core, input.runId, input.memberId, input.method, ctx.user.id)),
  'shu.export': anyCaller(membersApi['shu.export'], (ctx, input) => shuDownload(ctx.core, getRun(ctx.core, input.runId), input.format)),
  'shu.previewExport': anyCaller(membersApi['shu.previewExport'], async (ctx, input) => {
    const run = previewShu(ctx.core, input.year, input.surplus);
    return {
      year: run.year,
      members: run.members.length,
      totals: { jasaUsaha: run.totals.jasaUsaha, jasaModal: run.totals.jasaModal },
      file: await shuDownload(ctx.core, run, input.format),
    };
  }),
  'shu.slip': method(membersApi['shu.slip'], (ctx, input) => shuSlip(ctx.core, input.runId, input.memberId)),
  'shu.slipDocument': method(membersApi['shu.slipDocument'], (ctx, input) => shuSlipDocument(ctx.core, input.runId, input.memberId, input.width)),
};
