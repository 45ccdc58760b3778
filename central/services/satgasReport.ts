// The kota report for the Satgas (issue 19): one row per koperasi for a month, from the same
// queries as the dashboards, so the file and the screen cannot disagree. XLSX and PDF writers
// (satgasXlsx.ts, satgasPdf.ts) load exceljs and pdfkit only when a report is asked for.
import type { Sql } from '../db';
import type { CentralUser } from './accounts';
import { scopeOf } from './accounts';
import { booksHeadline } from './booksDash';
import { allocationAgainstReceived } from './bulogAllocations';
import { lpgSummary, outletsStatus, salesByDay } from './dashboards';
import { membersAgainstHouseholds } from './membersDash';
import type { SatgasBulogRow } from './satgasBulog';
import { lpgAgainstAllocation, refusalsByRule, stockAgainstMinimum } from './stockLpgDash';

export interface SatgasRow {
  koperasiId: string;
  koperasiName: string;
  kelurahan: string;
  outlets: number;
  sales: number;
  total: number;
  margin: number;
  lpgSold: number;
  lpgAllocation: number | null;
  mapPending: number;
  mapRejected: number;
  refusals: number;
  belowMinimum: number;
  members: number;
  memberTarget: number | null;
  revenue: number;
  kasBank: number;
  equity: number;
}

export interface SatgasReport {
  kota: string;
  month: string;
  generatedAt: string;
  rows: SatgasRow[];
  refusals: { koperasiName: string; ruleCode: string; refusals: number }[];
  /** Bulog goods per koperasi and product against the allocation the dinas set. */
  bulog: SatgasBulogRow[];
}

export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export async function satgasReport(sql: Sql, user: CentralUser, month: string, now: Date): Promise<SatgasReport> {
  const scope = await scopeOf(sql, user);
  const from = `${month}-01`;
  const to = monthEnd(month);
  const koperasi = await sql.query<{ id: string; name: string; kelurahan: string }>(
    'SELECT id, name, kelurahan FROM koperasi WHERE id = ANY($1::text[]) ORDER BY name',
    [scope],
  );
  const [outlets, sales, lpg, alloc, refusals, stock, members, books, bulog] = await Promise.all([
    outletsStatus(sql, scope, now),
    salesByDay(sql, scope, from, to),
    lpgSummary(sql, scope, from, to),
    lpgAgainstAllocation(sql, scope, month),
    refusalsByRule(sql, scope, from, to),
    stockAgainstMinimum(sql, scope, month),
    membersAgainstHouseholds(sql, scope, user.kota, to),
    booksHeadline(sql, scope, month, month),
    allocationAgainstReceived(sql, scope, month),
  ]);
  const sum = <T>(rows: T[], pick: (r: T) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const rows = koperasi.map((k): SatgasRow => {
    const mine = <T extends { koperasiId: string }>(rs: T[]) => rs.filter((r) => r.koperasiId === k.id);
    const a = mine(alloc)[0];
    const m = mine(members)[0];
    const b = mine(books)[0];
    return {
      koperasiId: k.id,
      koperasiName: k.name,
      kelurahan: k.kelurahan,
      outlets: mine(outlets).length,
      sales: sum(mine(sales), (r) => r.sales),
      total: sum(mine(sales), (r) => r.total),
      margin: sum(mine(sales), (r) => r.margin),
      lpgSold: sum(mine(lpg), (r) => r.tabung),
      lpgAllocation: a?.allocation ?? null,
      mapPending: sum(mine(lpg), (r) => r.mapPending),
      mapRejected: sum(mine(lpg), (r) => r.mapRejected),
      refusals: sum(mine(refusals), (r) => r.refusals),
      belowMinimum: mine(stock).filter((r) => r.belowMinimum).length,
      members: m?.members ?? 0,
      memberTarget: m?.target ?? null,
      revenue: b?.revenue ?? 0,
      kasBank: b?.kasBank ?? 0,
      equity: b?.equity ?? 0,
    };
  });
  const names = new Map(koperasi.map((k) => [k.id, k.name]));
  return {
    kota: user.kota,
    month,
    generatedAt: now.toISOString(),
    rows,
    refusals: refusals.map((r) => ({ koperasiName: names.get(r.koperasiId) ?? r.koperasiId, ruleCode: r.ruleCode, refusals: r.refusals })),
    bulog: bulog.map((r) => ({ ...r, koperasiName: names.get(r.koperasiId) ?? r.koperasiId, product: r.name })),
  };
}
