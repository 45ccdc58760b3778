// Members per koperasi against the target share of its kelurahan's households, as the dinas
// entered them; without households entered there is no target to show.
import { useMemo } from 'react';
import { date, num, percent } from '../lib/format';
import type { Output } from './centralClient';
import { GroupedBars } from './GroupedBars';

export function MembersTable({ rows, names, on }: { rows: Output<'dash.members'>; names: Map<string, string>; on: string }) {
  const categories = useMemo(() => rows.map((r) => names.get(r.koperasiId) ?? r.koperasiId), [rows, names]);
  const series = useMemo(
    () => [
      { name: 'Anggota', values: rows.map((r) => r.members) },
      { name: 'Target', values: rows.map((r) => r.target) },
    ],
    [rows],
  );
  return (
    <section aria-labelledby="members-h">
      <h2 id="members-h">Anggota terhadap rumah tangga · {date(on)}</h2>
      <GroupedBars label="Grafik anggota terhadap target" categories={categories} series={series} />
      <table aria-labelledby="members-h">
        <thead>
          <tr>
            <th>Koperasi</th>
            <th>Kelurahan</th>
            <th className="num">Anggota</th>
            <th className="num">Rumah tangga</th>
            <th className="num">Target</th>
            <th className="num">Capaian</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.koperasiId}>
              <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
              <td>{r.kelurahan}</td>
              <td className="num">{num(r.members, 0)}</td>
              <td className="num">{r.households === null ? 'belum diisi dinas' : num(r.households, 0)}</td>
              <td className="num">{r.target === null ? '—' : `${num(r.target, 0)} (${percent(r.targetPct)})`}</td>
              <td className={`num${r.target !== null && r.members < r.target ? ' warn' : ''}`}>{r.target ? percent((r.members * 100) / r.target) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
