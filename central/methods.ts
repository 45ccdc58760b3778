// Each pusat method bound to its service. Scoped reads take the caller's koperasi from scopeOf.
import { AppError } from '../shared/errors';
import type { CentralHandlers } from './router';
import { createAccount, login, scopeOf } from './services/accounts';
import { lpgSummary, outletsStatus, salesByDay, syncEvents } from './services/dashboards';
import { createEnrolmentCode, enrolOutlet } from './services/enrolment';
import { ingestBatch } from './services/ingest';
import { pullForOutlet, regionalValuesOf, setRegionalValue } from './services/regional';
import { allocationAgainstReceived, allocationsOf, setAllocation } from './services/bulogAllocations';
import { booksHeadline } from './services/booksDash';
import { householdsOf, membersAgainstHouseholds, setHouseholds } from './services/membersDash';
import { satgasFilename } from './services/satgasColumns';
import { satgasPdf } from './services/satgasPdf';
import { satgasReport } from './services/satgasReport';
import { satgasXlsx } from './services/satgasXlsx';
import { lpgAgainstAllocation, refusalsByRule, stockAgainstMinimum } from './services/stockLpgDash';

export const centralHandlers: CentralHandlers = {
  'auth.login': async ({ db, now }, i) => {
    const { token, user } = await login(db, i.username, i.password, now());
    return { token, role: user.role, kota: user.kota, username: user.username };
  },
  'koperasi.create': async ({ db, user }, i) => {
    const rows = await db.query(
      'INSERT INTO koperasi (id, name, kota, kelurahan, households) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id',
      [i.id, i.name, user.kota, i.kelurahan, i.households],
    );
    if (rows.length === 0) throw new AppError('CENTRAL_KOPERASI_EXISTS', { koperasiId: i.id });
    return { id: i.id, kota: user.kota };
  },
  'accounts.createPendamping': async ({ db, user }, i) => {
    await db.tx((sql) =>
      createAccount(sql, { username: i.username, password: i.password, role: 'pendamping', kota: user.kota, createdBy: user.id, koperasiIds: i.koperasiIds }),
    );
    return { username: i.username, koperasiIds: i.koperasiIds };
  },
  'enrolment.createCode': ({ db, user, now }, i) => createEnrolmentCode(db, user, i, now()),
  'outlet.enrol': ({ db, now }, i) => db.tx((sql) => enrolOutlet(sql, i, now())),
  'sync.push': ({ db, now }, i) => ingestBatch(db, i, now()),
  'regional.pull': ({ db, now }, i) => pullForOutlet(db, i.request, i.signature, now()),
  'regional.set': ({ db, user }, i) => setRegionalValue(db, user, i),
  'regional.list': async ({ db, user }) => ({ kota: user.kota, values: await regionalValuesOf(db, user.kota) }),
  'dash.outlets': async ({ db, user, now }) => outletsStatus(db, await scopeOf(db, user), now()),
  'dash.salesByDay': async ({ db, user }, i) => salesByDay(db, await scopeOf(db, user), i.from, i.to),
  'dash.lpg': async ({ db, user }, i) => lpgSummary(db, await scopeOf(db, user), i.from, i.to),
  'dash.stock': async ({ db, user }, i) => stockAgainstMinimum(db, await scopeOf(db, user), i.month),
  'dash.lpgAllocation': async ({ db, user }, i) => lpgAgainstAllocation(db, await scopeOf(db, user), i.month),
  'dash.refusals': async ({ db, user }, i) => refusalsByRule(db, await scopeOf(db, user), i.from, i.to),
  'dash.members': async ({ db, user }, i) => membersAgainstHouseholds(db, await scopeOf(db, user), user.kota, i.date),
  'dash.books': async ({ db, user }, i) => booksHeadline(db, await scopeOf(db, user), i.from, i.to),
  'households.set': ({ db, user }, i) => setHouseholds(db, user, i),
  'households.list': async ({ db, user }) => householdsOf(db, user.kota),
  'allocations.set': ({ db, user }, i) => setAllocation(db, user, i),
  'allocations.list': async ({ db, user }, i) => allocationsOf(db, await scopeOf(db, user), i.month),
  'dash.bulogAllocation': async ({ db, user }, i) => allocationAgainstReceived(db, await scopeOf(db, user), i.month),
  'report.satgas': async ({ db, user, now }, i) => {
    const report = await satgasReport(db, user, i.month, now());
    const xlsx = i.format === 'xlsx';
    const bytes = xlsx ? await satgasXlsx(report) : await satgasPdf(report);
    return {
      filename: satgasFilename(report, i.format),
      mime: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
      base64: bytes.toString('base64'),
    };
  },
  'sync.events': async ({ db, user }, i) => syncEvents(db, await scopeOf(db, user), i.limit),
};
