// Everything the dashboards show for a period, fetched together. The pusat limits every answer to
// the koperasi the account may see; the month panels use the month of the period's last day.
import { useEffect, useState } from 'react';
import type { CentralTree, Output } from './centralClient';

export interface DashboardData {
  outlets: Output<'dash.outlets'>;
  sales: Output<'dash.salesByDay'>;
  stock: Output<'dash.stock'>;
  lpg: Output<'dash.lpgAllocation'>;
  bulog: Output<'dash.bulogAllocation'>;
  refusals: Output<'dash.refusals'>;
  members: Output<'dash.members'>;
  books: Output<'dash.books'>;
}

/** `version`: bump it to fetch again after a change (households or an allocation entered). */
export function useDashboardData(api: CentralTree, from: string, to: string, version = 0) {
  // The answer remembers which period it is for: until the new one arrives, nothing of the old
  // period shows under the new period's headings (a refresh of the same period keeps it shown).
  const key = `${from}|${to}`;
  const [answer, setAnswer] = useState<{ key: string; data: DashboardData } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const month = to.slice(0, 7);
    Promise.all([
      api.dash.outlets({}),
      api.dash.salesByDay({ from, to }),
      api.dash.stock({ month }),
      api.dash.lpgAllocation({ month }),
      api.dash.bulogAllocation({ month }),
      api.dash.refusals({ from, to }),
      api.dash.members({ date: to }),
      api.dash.books({ from: from.slice(0, 7), to: month }),
    ])
      .then(([outlets, sales, stock, lpg, bulog, refusals, members, books]) => {
        if (!live) return;
        setAnswer({ key, data: { outlets, sales, stock, lpg, bulog, refusals, members, books } });
        setError(null);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [api, from, to, version, key]);
  return { data: answer?.key === key ? answer.data : null, error };
}

/** The same data, narrowed to one koperasi (null: the whole kota the account sees). */
export function onlyKoperasi(data: DashboardData, koperasiId: string | null): DashboardData {
  if (koperasiId === null) return data;
  const mine = <T extends { koperasiId: string }>(rows: T[]) => rows.filter((r) => r.koperasiId === koperasiId);
  return {
    outlets: mine(data.outlets),
    sales: mine(data.sales),
    stock: mine(data.stock),
    lpg: mine(data.lpg),
    bulog: mine(data.bulog),
    refusals: mine(data.refusals),
    members: mine(data.members),
    books: mine(data.books),
  };
}
