// LPG 3 kg per koperasi for the month: the allocation the gerai hold (their own setting, which the
// dinas may set for the kota), tabung received and sold, and the MAP entries still open or refused.
import { useMemo } from 'react';
import { num, percent } from '../lib/format';
import type { Output } from './centralClient';
import { GroupedBars } from './GroupedBars';

export function LpgAllocation({ rows, names, monthLabel }: { rows: Output<'dash.lpgAllocation'>; names: Map<string, string>; monthLabel: string }) {
  const categories = useMemo(() => rows.map((r) => names.get(r.koperasiId) ?? r.koperasiId), [rows, names]);
  const series = useMemo(
    () => [
      { name: 'Alokasi', values: rows.map((r) => r.allocation) },
      { name: 'Terjual', values: rows.map((r) => r.sold) },
    ],
    [rows],
  );
  return (
    <section aria-labelledby="lpg-h">
      <h2 id="lpg-h">LPG 3 kg terhadap alokasi · {monthLabel}</h2>
      <GroupedBars label="Grafik LPG terjual terhadap alokasi" categories={categories} series={series} />
      <table aria-labelledby="lpg-h">
        <thead>
          <tr>
            <th>Koperasi</th>
            <th className="num">Alokasi (tabung)</th>
            <th className="num">Diterima</th>
            <th className="num">Terjual</th>
            <th className="num">Terpakai</th>
            <th className="num">MAP belum dicatat</th>
            <th className="num">MAP ditolak</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.koperasiId}>
              <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
              <td className="num">{r.allocation === null ? '—' : num(r.allocation, 0)}</td>
              <td className="num">{num(r.received, 0)}</td>
              <td className="num">{num(r.sold, 0)}</td>
              <td className="num">{r.allocation ? percent((r.sold * 100) / r.allocation) : '—'}</td>
              <td className={`num${r.mapPending > 0 ? ' warn' : ''}`}>{num(r.mapPending, 0)}</td>
              <td className={`num${r.mapRejected > 0 ? ' silent' : ''}`}>{num(r.mapRejected, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
