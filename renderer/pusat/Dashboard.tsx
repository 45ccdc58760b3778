// Per koperasi and across the kota: outlets with their last sync and lag (who went silent), sales
// by day with margin, stock against minimum, LPG 3 kg against allocation with MAP pending and
// rejected, Bulog goods against their allocation, refusals by rule, members against households, the books' headline, and the Satgas
// report of the month.
import { useState } from 'react';
import { month as monthText } from '../lib/format';
import type { CentralTree, Output } from './centralClient';
import { DateInput } from '../lib/DateInput';
import { AllocationForm } from './AllocationForm';
import { BooksTable } from './BooksTable';
import { BulogAllocation } from './BulogAllocation';
import { HouseholdsForm } from './HouseholdsForm';
import { LpgAllocation } from './LpgAllocation';
import { MembersTable } from './MembersTable';
import { OutletsTable } from './OutletsTable';
import { RefusalsTable } from './RefusalsTable';
import { SalesByDay } from './SalesByDay';
import { SatgasExport } from './SatgasExport';
import { StockTable } from './StockTable';
import { onlyKoperasi, useDashboardData } from './useDashboardData';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function Dashboard({ session, api, onLogout }: { session: Output<'auth.login'>; api: CentralTree; onLogout: () => void }) {
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => isoDay(new Date()));
  const [koperasiId, setKoperasiId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const { data, error } = useDashboardData(api, from, to, version);

  // Every koperasi the account may see is in the members answer, with or without a gerai yet.
  const names = new Map((data?.members ?? []).map((m) => [m.koperasiId, m.koperasiName]));
  const shown = data && onlyKoperasi(data, koperasiId);
  const month = to.slice(0, 7);
  const monthLabel = monthText(month, 'long');
  // The total line is for the whole of what the account sees; one koperasi needs none.
  const kotaLabel = koperasiId ? null : session.role === 'dinas' ? `Seluruh ${session.kota}` : 'Semua dampingan';
  return (
    <main>
      <header>
        <h1>Pusat KKMP · {session.role === 'dinas' ? `Dinas ${session.kota}` : `Pendamping ${session.username}`}</h1>
        <button type="button" onClick={onLogout}>
          Keluar
        </button>
      </header>
      <fieldset className="filters">
        <legend>Periode dan koperasi</legend>
        <label>
          Dari <DateInput required value={from} onChange={setFrom} size={10} />
        </label>
        <label>
          Sampai <DateInput required value={to} onChange={setTo} size={10} />
        </label>
        <label>
          Koperasi{' '}
          <select value={koperasiId ?? ''} onChange={(e) => setKoperasiId(e.target.value || null)}>
            <option value="">{session.role === 'dinas' ? `Semua koperasi ${session.kota}` : 'Semua koperasi dampingan'}</option>
            {[...names].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {error && <p role="alert">{error}</p>}
      {shown && (
        <>
          <OutletsTable outlets={shown.outlets} />
          <SalesByDay rows={shown.sales} names={names} />
          <LpgAllocation rows={shown.lpg} names={names} monthLabel={monthLabel} />
          <RefusalsTable rows={shown.refusals} names={names} />
          <StockTable rows={shown.stock} names={names} monthLabel={monthLabel} />
          <BulogAllocation
            rows={shown.bulog}
            names={koperasiId ? new Map([[koperasiId, names.get(koperasiId) ?? koperasiId]]) : names}
            monthLabel={monthLabel}
            kotaLabel={kotaLabel}
          />
          {session.role === 'dinas' && (
            <AllocationForm
              key={month}
              api={api}
              names={names}
              products={[...new Map(data.bulog.map((r) => [r.sku, r])).values()]}
              initialMonth={month}
              onSaved={() => setVersion((v) => v + 1)}
            />
          )}
          <MembersTable rows={shown.members} names={names} on={to} />
          {session.role === 'dinas' && (
            <HouseholdsForm api={api} kelurahan={[...new Set(data.members.map((m) => m.kelurahan))]} onSaved={() => setVersion((v) => v + 1)} />
          )}
          <BooksTable rows={shown.books} names={names} />
          <SatgasExport api={api} month={month} monthLabel={monthLabel} />
        </>
      )}
    </main>
  );
}
