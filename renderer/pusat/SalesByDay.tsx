import { rupiah } from '../lib/format';
import type { Output } from './centralClient';
import { SalesChart } from './SalesChart';

export function SalesByDay({ rows, names }: { rows: Output<'dash.salesByDay'>; names: Map<string, string> }) {
  return (
    <section aria-labelledby="sales-h">
      <h2 id="sales-h">Penjualan per hari</h2>
      <SalesChart rows={rows} />
      <table aria-labelledby="sales-h">
        <thead>
          <tr>
            <th>Tanggal</th>
            <th>Koperasi</th>
            <th className="num">Transaksi</th>
            <th className="num">Penjualan</th>
            <th className="num">Margin</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.date}-${r.koperasiId}`}>
              <td>{new Date(`${r.date}T00:00:00Z`).toLocaleDateString('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })}</td>
              <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
              <td className="num">{r.sales.toLocaleString('id-ID')}</td>
              <td className="num">{rupiah(r.total)}</td>
              <td className="num">{rupiah(r.margin)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
