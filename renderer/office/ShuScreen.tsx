// Back office: SHU runs for the RAT. Compute a draft from the year's data, review the allocation
// and the member table, approve (freezes it), pay out, and download the daftar SHU.
import { useState } from 'react';
import type { ShuRunView } from '../../shared/api/members';
import { FUND_LABELS } from '../../shared/shu';
import { parseRupiah } from '../../shared/money';
import { useApi, useSession } from '../lib/session';
import { useI18n } from '../lib/i18n';
import { saveDownload } from '../lib/download';
import { dateTime, percent, rupiah } from '../lib/format';
import { useCall } from './officeKit';
import { SHU_RUN_STATUS_LABELS } from '../../shared/i18n/labels';

export function ShuScreen() {
  const api = useApi();
  const { user } = useSession();
  const { t, lang, err, label } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [surplus, setSurplus] = useState('');
  const listed = useCall((api) => api.shu.listRuns({}), []);
  const runs = listed.data ?? [];
  const [run, setRun] = useState<ShuRunView | null>(null);
  const [actError, setError] = useState<string | null>(null);
  const error = actError ?? (listed.error ? err(listed.error) : null);
  const manager = user?.role === 'manajer' || user?.role === 'admin';

  const refresh = listed.reload;

  const compute = async (kind: 'preview' | 'createRun') => {
    setError(null);
    const amount = parseRupiah(surplus);
    if (amount === null || !/^\d{4}$/.test(year)) {
      setError(t('Isi tahun buku dan SHU dalam rupiah.', 'Enter the financial year and the SHU in rupiah.'));
      return;
    }
    try {
      setRun(await api.shu[kind]({ year: Number(year), surplus: amount }));
      refresh();
    } catch (e) {
      setError(err(e));
    }
  };
  const open = async (id: string) => {
    try {
      setRun(await api.shu.getRun({ runId: id }));
    } catch (e) {
      setError(err(e));
    }
  };
  const approve = async () => {
    if (
      !run ||
      !window.confirm(
        t('Setujui dan bekukan perhitungan SHU ini? Tidak bisa diubah lagi.', 'Approve and freeze this SHU run? It cannot be changed afterwards.'),
      )
    )
      return;
    try {
      setRun(await api.shu.approveRun({ runId: run.id }));
      refresh();
    } catch (e) {
      setError(err(e));
    }
  };
  const exportAs = async (format: 'csv' | 'xlsx' | 'pdf') => {
    if (!run) return;
    try {
      saveDownload(await api.shu.export({ runId: run.id, format }));
    } catch (e) {
      setError(err(e));
    }
  };
  const pay = async (memberId: string, method: 'cash' | 'simpanan') => {
    if (!run) return;
    try {
      await api.shu.recordPayout({ runId: run.id, memberId, method });
      setError(null);
    } catch (e) {
      setError(err(e));
    }
  };

  return (
    <main className="office-page">
      <h1>{t('SHU untuk RAT', 'SHU for the RAT')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div style={{ display: 'flex', gap: '0.6rem', alignItems: 'end', flexWrap: 'wrap' }}>
        <label>
          {t('Tahun buku', 'Financial year')}
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" />
        </label>
        <label>
          {t('SHU tahun berjalan (Rp)', 'SHU of the year (Rp)')}
          <input value={surplus} onChange={(e) => setSurplus(e.target.value)} inputMode="numeric" />
        </label>
        <button onClick={() => void compute('preview')}>{t('Hitung (pratinjau)', 'Compute (preview)')}</button>
        {manager && (
          <button className="primary" onClick={() => void compute('createRun')}>
            {t('Simpan sebagai draf', 'Save as draft')}
          </button>
        )}
      </div>
      {runs.length > 0 && (
        <table aria-label={t('Perhitungan SHU', 'SHU runs')} style={{ marginTop: '1rem' }}>
          <thead>
            <tr>
              <th>{t('Tahun', 'Year')}</th>
              <th className="num">SHU</th>
              <th>{t('Status', 'Status')}</th>
              <th>{t('Dibuat', 'Created')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>{r.year}</td>
                <td className="num">{rupiah(r.surplus)}</td>
                <td>{r.status === 'approved' ? t('Disetujui (beku)', 'Approved (frozen)') : label(SHU_RUN_STATUS_LABELS, r.status)}</td>
                <td>{dateTime(r.createdAt)}</td>
                <td>
                  <button className="small" onClick={() => void open(r.id)}>
                    {t('Buka', 'Open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {run && (
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
                <button onClick={() => void exportAs('csv')}>CSV</button>
                <button onClick={() => void exportAs('xlsx')}>XLSX</button>
                <button onClick={() => void exportAs('pdf')}>PDF</button>
              </>
            )}
            {run.id && run.status === 'draft' && manager && (
              <button className="primary" onClick={() => void approve()}>
                {t('Setujui & bekukan', 'Approve & freeze')}
              </button>
            )}
          </div>
          <table aria-label={t('Daftar SHU per anggota', 'SHU per member')} style={{ marginTop: '1rem' }}>
            <thead>
              <tr>
                <th>{t('No.', 'No.')}</th>
                <th>{t('Nama', 'Name')}</th>
                <th className="num">{t('Pembelian', 'Purchases')}</th>
                <th className="num">{t('Simpanan', 'Savings')}</th>
                <th className="num">{t('Jasa usaha', 'Patronage')}</th>
                <th className="num">{t('Jasa modal', 'Capital')}</th>
                <th className="num">SHU</th>
                <th className="num">{t('Dibayar', 'Payout')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {run.members.slice(0, 500).map((m) => (
                <tr key={m.memberNo}>
                  <td>{m.memberNo}</td>
                  <td>{m.name}</td>
                  <td className="num">{rupiah(m.purchaseBasis)}</td>
                  <td className="num">{rupiah(m.savingsBasis)}</td>
                  <td className="num">{rupiah(m.jasaUsaha)}</td>
                  <td className="num">{rupiah(m.jasaModal)}</td>
                  <td className="num">{rupiah(m.total)}</td>
                  <td className="num">{rupiah(m.payout)}</td>
                  <td>
                    {run.status === 'approved' && manager && (
                      <>
                        <button className="small" onClick={() => void pay(m.memberId, 'cash')}>
                          {t('Tunai', 'Cash')}
                        </button>{' '}
                        <button className="small" onClick={() => void pay(m.memberId, 'simpanan')}>
                          {t('Ke sukarela', 'To sukarela')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
              <tr>
                <th colSpan={2}>TOTAL</th>
                <td className="num">{rupiah(run.totals.purchaseBasis)}</td>
                <td className="num">{rupiah(run.totals.savingsBasis)}</td>
                <td className="num">{rupiah(run.totals.jasaUsaha)}</td>
                <td className="num">{rupiah(run.totals.jasaModal)}</td>
                <td className="num">{rupiah(run.totals.total)}</td>
                <td className="num">{rupiah(run.totals.payout)}</td>
                <td />
              </tr>
            </tbody>
          </table>
          {run.members.length > 500 && (
            <p className="muted">
              {t('500 anggota pertama ditampilkan; semua ada di ekspor.', 'The first 500 members are shown; the exports hold all of them.')}
            </p>
          )}
        </section>
      )}
    </main>
  );
}
