import { dateTime } from '../lib/format';
import type { Output } from './centralClient';

/** An outlet whose newest fact is older than this has gone silent (a day and a half). */
const SILENT_SECONDS = 36 * 3600;

function lagText(seconds: number | null): string {
  if (seconds === null) return 'belum ada data';
  if (seconds < 3600) return `${Math.round(seconds / 60)} menit`;
  if (seconds < 86_400) return `${(seconds / 3600).toLocaleString('id-ID', { maximumFractionDigits: 1 })} jam`;
  return `${(seconds / 86_400).toLocaleString('id-ID', { maximumFractionDigits: 1 })} hari`;
}

export function OutletsTable({ outlets }: { outlets: Output<'dash.outlets'> }) {
  return (
    <section aria-labelledby="outlets-h">
      <h2 id="outlets-h">Gerai dan sinkronisasi</h2>
      <table aria-labelledby="outlets-h">
        <thead>
          <tr>
            <th>Koperasi</th>
            <th>Gerai</th>
            <th>Sinkron terakhir</th>
            <th>Data terbaru</th>
            <th className="num">Jeda</th>
            <th className="num">Kiriman tertahan</th>
            <th className="num">Jurnal (entri)</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => {
            const silent = o.lagSeconds === null || o.lagSeconds > SILENT_SECONDS;
            return (
              <tr key={o.outletId}>
                <td>{o.koperasiName}</td>
                <td>{o.outletName}</td>
                <td>{o.lastSyncAt ? dateTime(o.lastSyncAt) : '—'}</td>
                <td>{o.lastFactAt ? dateTime(o.lastFactAt) : '—'}</td>
                <td className={`num${silent ? ' silent' : ''}`}>{lagText(o.lagSeconds)}</td>
                <td className="num">{o.heldBatches.toLocaleString('id-ID')}</td>
                <td className="num" title={o.journalAt ? `per ${dateTime(o.journalAt)}` : undefined}>
                  {o.journalSeq === null ? '—' : o.journalSeq.toLocaleString('id-ID')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
