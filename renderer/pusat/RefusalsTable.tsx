// Sales the rules refused at the counter, per koperasi and rule, over the period.
import { refusalRuleLabel } from '../../shared/i18n/refusalLabels';
import { num } from '../lib/format';
import type { Output } from './centralClient';

export function RefusalsTable({ rows, names }: { rows: Output<'dash.refusals'>; names: Map<string, string> }) {
  return (
    <section aria-labelledby="refusals-h">
      <h2 id="refusals-h">Penolakan per aturan</h2>
      {rows.length === 0 ? (
        <p>Tidak ada penjualan yang ditolak aturan pada periode ini.</p>
      ) : (
        <table aria-labelledby="refusals-h">
          <thead>
            <tr>
              <th>Koperasi</th>
              <th>Aturan</th>
              <th className="num">Penolakan</th>
              <th className="num">Pembeli</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.koperasiId}-${r.ruleCode}`}>
                <td>{names.get(r.koperasiId) ?? r.koperasiId}</td>
                <td title={r.ruleCode}>{refusalRuleLabel(r.ruleCode)}</td>
                <td className="num">{num(r.refusals, 0)}</td>
                <td className="num">{num(r.buyers, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
