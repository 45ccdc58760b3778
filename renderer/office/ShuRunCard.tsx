// One SHU run (or an unsaved preview): how the year's SHU is allocated, the exports, approval,
// and the member table with the payout buttons once the run is approved.
import type { ShuRunView } from '../../shared/api/members';
import { FUND_LABELS } from '../../shared/shu';
import { useI18n } from '../lib/i18n';
import { percent, rupiah } from '../lib/format';
import { SHU_RUN_STATUS_LABELS } from '../../shared/i18n/labels';
import { DataTable } from './DataTable';

type Figure = 'purchaseBasis' | 'savingsBasis' | 'jasaUsaha' | 'jasaModal' | 'total' | 'payout';

export function ShuRunCard({
  run,
  manager,
  onExport,
  onApprove,
  onPay,
}: {
  run: ShuRunView;
  manager: boolean;
  onExport(format: 'csv' | 'xlsx' | 'pdf'): void;
  onApprove(): void;
  onPay(memberId: string, method: 'cash' | 'simpanan'): void;
}) {
  const { t, lang, label } = useI18n();
  const figures: [Figure, string][] = [
    ['purchaseBasis', t('Pembelian', 'Purchases')],
    ['savingsBasis', t('Simpanan', 'Savings')],
    ['jasaUsaha', t('Jasa usaha', 'Patronage')],
    ['jasaModal', t('Jasa modal', 'Capital')],
    ['total', 'SHU'],
    ['payout', t('Dibayar', 'Payout')],
  ];
  const payButtons = (m: ShuRunView['members'][number]) =>
    run.status === 'approved' &&
    manager && (
      <>
        <button className="small" onClick={() => onPay(m.memberId, 'cash')}>
          {t('Tunai', 'Cash')}
        </button>{' '}
        <button className="small" onClick={() => onPay(m.memberId, 'simpanan')}>
          {t('Ke sukarela', 'To sukarela')}
        </button>
      </>
    );
  return (
    <section className="card" style={{ marginTop: '1rem' }} aria-label={t('Hasil SHU', 'SHU result')}>
      <h2>
        SHU {run.year} — {run.id ? label(SHU_RUN_STATUS_LABELS, run.status).toLowerCase() : t('pratinjau (belum disimpan)', 'preview (not saved)')}
      </h2>
      <table aria-label={t('Alokasi', 'Allocation')}>
        <tbody>
          <tr>
            <td>{t('SHU tahun berjalan', 'SHU of the year')}</td>
            <td />
            <td className="num">{rupiah(run.surplus)}</td>
          </tr>
          {run.villageShare > 0 && (
            <tr>
              <td>{t('Bagian kelurahan', 'Village share')}</td>
              <td className="num">{percent(run.inputs.villageSharePct, 2)}</td>
              <td className="num">{rupiah(run.villageShare)}</td>
            </tr>
          )}
          {run.nonMemberShare > 0 && (
            <tr>
              <td>{t('SHU non-anggota ke cadangan', 'Non-member SHU to reserve')}</td>
              <td />
              <td className="num">{rupiah(run.nonMemberShare)}</td>
            </tr>
          )}
          {run.funds.map((f) => (
            <tr key={f.key}>
              <td>{FUND_LABELS[f.key][lang]}</td>
              <td className="num">{percent(f.pct, 2)}</td>
              <td className="num">{rupiah(f.amount)}</td>
            </tr>
          ))}
          {run.jasaUsahaUndistributed > 0 && (
            <tr>
              <td>{t('Jasa usaha tidak terbagi (ke cadangan)', 'Undistributed patronage (to reserve)')}</td>
              <td />
              <td className="num">{rupiah(run.jasaUsahaUndistributed)}</td>
            </tr>
          )}
          {run.roundingToCadangan > 0 && (
            <tr>
              <td>{t('Pembulatan ke cadangan', 'Rounding to reserve')}</td>
              <td />
              <td className="num">{rupiah(run.roundingToCadangan)}</td>
            </tr>
          )}
          <tr>
            <th>{t('Cadangan seluruhnya', 'Total reserve')}</th>
            <td />
            <td className="num">
              <strong>{rupiah(run.cadanganTotal)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="modal-actions" style={{ justifyContent: 'flex-start' }}>
        {run.id && (
          <>
            <button onClick={() => onExport('csv')}>CSV</button>
            <button onClick={() => onExport('xlsx')}>XLSX</button>
            <button onClick={() => onExport('pdf')}>PDF</button>
          </>
        )}
        {run.id && run.status === 'draft' && manager && (
          <button className="primary" onClick={() => onApprove()}>
            {t('Setujui & bekukan', 'Approve & freeze')}
          </button>
        )}
      </div>
      <DataTable
        label={t('Daftar SHU per anggota', 'SHU per member')}
        style={{ marginTop: '1rem' }}
        rows={run.members.slice(0, 500)}
        rowKey={(m) => m.memberNo}
        columns={[
          { head: t('No.', 'No.'), cell: (m) => m.memberNo },
          { head: t('Nama', 'Name'), cell: (m) => m.name },
          ...figures.map(([key, head]) => ({ head, num: true, cell: (m: ShuRunView['members'][number]) => rupiah(m[key]) })),
          { head: null, cell: payButtons },
        ]}
        foot={
          <tr>
            <th colSpan={2}>TOTAL</th>
            {figures.map(([key]) => (
              <td key={key} className="num">
                {rupiah(run.totals[key])}
              </td>
            ))}
            <td />
          </tr>
        }
      />
      {run.members.length > 500 && (
        <p className="muted">{t('500 anggota pertama ditampilkan; semua ada di ekspor.', 'The first 500 members are shown; the exports hold all of them.')}</p>
      )}
    </section>
  );
}
