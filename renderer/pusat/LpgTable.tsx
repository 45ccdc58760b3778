import type { Output } from './centralClient';

export function LpgTable({ rows, names }: { rows: Output<'dash.lpg'>; names: Map<string, string> }) {
  return (
    <section aria-labelledby="lpg-h">
      <h2 id="lpg-h">LPG 3 kg</h2>
      <table aria-labelledby="lpg-h">
        <thead>
          <tr>
            <th>Koperasi</th>
            <th className="num">Tabung terjual</th>
            <th className="num">MAP belum dicatat</th>
            <th className="num">MAP ditolak</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.koperasiId}>
              <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
              <td className="num">{r.tabung.toLocaleString('id-ID')}</td>
              <td className="num">{r.mapPending.toLocaleString('id-ID')}</td>
              <td className="num">{r.mapRejected.toLocaleString('id-ID')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
