// Back office: SHU runs for the RAT. Compute a draft from the year's data, review the allocation
// and the member table, approve (freezes it), pay out, and download the daftar SHU.
import { useState } from 'react';
import type { ShuRunSummary, ShuRunView } from '../../shared/api/members';
import { parseRupiah } from '../../shared/money';
import { useApi, useSession } from '../lib/session';
import { useI18n } from '../lib/i18n';
import { saveDownload } from '../lib/download';
import { dateTime, rupiah } from '../lib/format';
import { SHU_RUN_STATUS_LABELS } from '../../shared/i18n/labels';
import { todayLocal, useCall } from './officeKit';
import { DataTable, useOpenColumn } from './DataTable';
import { ShuRunCard } from './ShuRunCard';

export function ShuScreen() {
  const api = useApi();
  const { user } = useSession();
  const { t, err, label } = useI18n();
  const [year, setYear] = useState(todayLocal().slice(0, 4));
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
  const openColumn = useOpenColumn<ShuRunSummary>((r) => void open(r.id));
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
        <DataTable
          label={t('Perhitungan SHU', 'SHU runs')}
          style={{ marginTop: '1rem' }}
          rows={runs}
          rowKey={(r) => r.id}
          columns={[
            { head: t('Tahun', 'Year'), cell: (r) => r.year },
            { head: 'SHU', num: true, cell: (r) => rupiah(r.surplus) },
            {
              head: t('Status', 'Status'),
              cell: (r) => (r.status === 'approved' ? t('Disetujui (beku)', 'Approved (frozen)') : label(SHU_RUN_STATUS_LABELS, r.status)),
            },
            { head: t('Dibuat', 'Created'), cell: (r) => dateTime(r.createdAt) },
            openColumn,
          ]}
        />
      )}
      {run && <ShuRunCard run={run} manager={manager} onExport={(f) => void exportAs(f)} onApprove={() => void approve()} onPay={(id, m) => void pay(id, m)} />}
    </main>
  );
}
