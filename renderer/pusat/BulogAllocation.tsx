// Bulog goods (beras SPHP, Minyakita) for the month, per koperasi and across what the account sees:
// the allocation the dinas set, what the gerai received by posted deliveries, what they sold, and
// how much of the allocation is still to come. A koperasi without an allocation is named in words.
import { num } from '../lib/format';
import type { Output } from './centralClient';

type Rows = Output<'dash.bulogAllocation'>;

/** Milli-units as whole units for display; the figures stay integers until here. */
const units = (milli: number | null) => (milli === null ? '—' : num(milli / 1000, 3));
const PROGRAM: Record<string, string> = { SPHP: 'Beras SPHP', MINYAKITA: 'Minyakita' };

/** One line per product over all koperasi shown; an allocation counts only where one was set. */
function kotaTotals(rows: Rows): Rows {
  const bySku = new Map<string, Rows[number]>();
  for (const r of rows) {
    const t = bySku.get(r.sku);
    if (!t) {
      bySku.set(r.sku, { ...r, koperasiId: '' });
      continue;
    }
    const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
    t.allocationMilli = add(t.allocationMilli, r.allocationMilli);
    t.toComeMilli = add(t.toComeMilli, r.toComeMilli);
    t.receivedMilli += r.receivedMilli;
    t.soldMilli += r.soldMilli;
  }
  return [...bySku.values()];
}

function Line({ r, who }: { r: Rows[number]; who: string }) {
  return (
    <tr>
      <td>{who}</td>
      <td>{r.name}</td>
      <td>{PROGRAM[r.program] ?? r.program}</td>
      <td className="num">{r.allocationMilli === null ? 'Belum ada alokasi' : `${units(r.allocationMilli)} ${r.unit}`}</td>
      <td className="num">{units(r.receivedMilli)}</td>
      <td className="num">{units(r.soldMilli)}</td>
      <td className="num">{units(r.toComeMilli)}</td>
    </tr>
  );
}

export function BulogAllocation({
  rows,
  names,
  monthLabel,
  kotaLabel,
}: {
  rows: Rows;
  names: Map<string, string>;
  monthLabel: string;
  kotaLabel: string | null;
}) {
  const allocated = new Set(rows.filter((r) => r.allocationMilli !== null).map((r) => r.koperasiId));
  const without = [...new Set([...names.keys(), ...rows.map((r) => r.koperasiId)])].filter((id) => !allocated.has(id));
  return (
    <section aria-labelledby="bulog-h">
      <h2 id="bulog-h">Alokasi Bulog terhadap diterima · {monthLabel}</h2>
      {without.length > 0 && <p>Belum ada alokasi Bulog bulan ini untuk: {without.map((id) => names.get(id) ?? id).join(', ')}.</p>}
      <table aria-labelledby="bulog-h">
        <thead>
          <tr>
            <th>Koperasi</th>
            <th>Produk</th>
            <th>Program</th>
            <th className="num">Alokasi</th>
            <th className="num">Diterima</th>
            <th className="num">Terjual</th>
            <th className="num">Belum datang</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Line key={`${r.koperasiId}-${r.sku}`} r={r} who={names.get(r.koperasiId) ?? r.koperasiId} />
          ))}
        </tbody>
        {rows.length > 0 && kotaLabel && (
          <tfoot>
            {kotaTotals(rows).map((r) => (
              <Line key={r.sku} r={r} who={kotaLabel} />
            ))}
          </tfoot>
        )}
      </table>
    </section>
  );
}
