// Stock against minimum per gerai: products with a minimum or under a subsidy programme, the ones
// below their minimum first, with what posted deliveries brought in the month.
import { num } from '../lib/format';
import type { Output } from './centralClient';

/** Milli-units as whole units for display (`1.250,5`); the figures stay integers until here. */
const units = (milli: number) => num(milli / 1000, 3);

const PROGRAM: Record<string, string> = { LPG3: 'LPG 3 kg', SPHP: 'SPHP', MINYAKITA: 'Minyakita', NONE: '—' };

export function StockTable({ rows, names, monthLabel }: { rows: Output<'dash.stock'>; names: Map<string, string>; monthLabel: string }) {
  const sorted = [...rows].sort((a, b) => Number(b.belowMinimum) - Number(a.belowMinimum));
  const below = rows.filter((r) => r.belowMinimum).length;
  return (
    <section aria-labelledby="stock-h">
      <h2 id="stock-h">Stok terhadap minimum</h2>
      <p>
        {below === 0 ? 'Semua produk di atas stok minimum.' : `${below.toLocaleString('id-ID')} produk di bawah stok minimum.`} Diterima: {monthLabel}.
      </p>
      <table aria-labelledby="stock-h">
        <thead>
          <tr>
            <th>Koperasi</th>
            <th>Gerai</th>
            <th>Produk</th>
            <th>Program</th>
            <th className="num">Stok</th>
            <th className="num">Minimum</th>
            <th className="num">Diterima</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.outletId}-${r.productId}`}>
              <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
              <td>{r.outletName}</td>
              <td>{r.name}</td>
              <td>{PROGRAM[r.subsidyProgram] ?? r.subsidyProgram}</td>
              <td className="num">
                {units(r.onHandMilli)} {r.unit}
              </td>
              <td className="num">{r.minMilli > 0 ? `${units(r.minMilli)} ${r.unit}` : '—'}</td>
              <td className="num">{units(r.receivedMilli)}</td>
              <td className={r.belowMinimum ? 'silent' : undefined}>{r.belowMinimum ? 'Di bawah minimum' : 'Cukup'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
