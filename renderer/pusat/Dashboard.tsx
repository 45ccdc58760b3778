// Per koperasi and across the kota: outlets with their last sync and lag (who went silent), sales
// by day with margin, LPG 3 kg sold with the MAP entries still pending or rejected.
import { useEffect, useState } from 'react';
import type { CentralTree, Output } from './centralClient';
import { OutletsTable } from './OutletsTable';
import { SalesByDay } from './SalesByDay';
import { LpgTable } from './LpgTable';

interface Data {
  outlets: Output<'dash.outlets'>;
  sales: Output<'dash.salesByDay'>;
  lpg: Output<'dash.lpg'>;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function Dashboard({ session, api, onLogout }: { session: Output<'auth.login'>; api: CentralTree; onLogout: () => void }) {
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => isoDay(new Date()));
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.dash.outlets({}), api.dash.salesByDay({ from, to }), api.dash.lpg({ from, to })])
      .then(([outlets, sales, lpg]) => live && setData({ outlets, sales, lpg }))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [api, from, to]);

  const names = new Map((data?.outlets ?? []).map((o) => [o.koperasiId, o.koperasiName]));
  return (
    <main>
      <header>
        <h1>Pusat KKMP · {session.role === 'dinas' ? `Dinas ${session.kota}` : `Pendamping ${session.username}`}</h1>
        <button type="button" onClick={onLogout}>
          Keluar
        </button>
      </header>
      <fieldset>
        <legend>Periode</legend>
        <label>
          Dari <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>{' '}
        <label>
          Sampai <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </fieldset>
      {error && <p role="alert">{error}</p>}
      {data && (
        <>
          <OutletsTable outlets={data.outlets} />
          <SalesByDay rows={data.sales} names={names} />
          <LpgTable rows={data.lpg} names={names} />
        </>
      )}
    </main>
  );
}
