// The books' headline per koperasi and month, from the journal lines the gerai sent: revenue,
// gross margin (revenue less cost of goods sold), kas and bank, equity at the month's end.
import { month, rupiah } from '../lib/format';
import type { Output } from './centralClient';

export function BooksTable({ rows, names }: { rows: Output<'dash.books'>; names: Map<string, string> }) {
  return (
    <section aria-labelledby="books-h">
      <h2 id="books-h">Ringkasan buku</h2>
      {rows.length === 0 ? (
        <p>Belum ada jurnal dari gerai pada periode ini.</p>
      ) : (
        <table aria-labelledby="books-h">
          <thead>
            <tr>
              <th>Bulan</th>
              <th>Koperasi</th>
              <th className="num">Pendapatan</th>
              <th className="num">Margin kotor</th>
              <th className="num">Kas + bank</th>
              <th className="num">Ekuitas</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.month}-${r.koperasiId}`}>
                <td>{month(r.month, 'long')}</td>
                <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
                <td className="num">{rupiah(r.revenue)}</td>
                <td className="num">{rupiah(r.grossMargin)}</td>
                <td className="num">{rupiah(r.kasBank)}</td>
                <td className="num">{rupiah(r.equity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
