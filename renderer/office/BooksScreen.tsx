// Buku / laporan keuangan: the SAK EP statements for a chosen period with the previous period
// beside, the neraca saldo, exports (XLSX, PDF), the paket RAT, the monthly close, the office buku
// kas and the opening-balance import.
// Every figure is the host's: the screen only lays out the rows books.statement returns.
import { useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { saveDownload } from '../lib/download';
import { date, rupiah } from '../lib/format';
import { DateInput } from '../lib/DateInput';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { BooksOpening } from './BooksOpening';
import { OfficeKas } from './OfficeKas';
import { ErrorBox, Page, monthsAgo, todayLocal, useAction, useCall } from './officeKit';

type Kind = 'neraca' | 'laba-rugi' | 'arus-kas' | 'ekuitas' | 'buku-besar' | 'neraca-saldo';
type Statement = MethodOutput<'books.statement'>;
type TrialBalance = MethodOutput<'books.trialBalance'>;

const KINDS: [Kind, string, string][] = [
  ['neraca', 'Neraca (posisi keuangan)', 'Balance sheet'],
  ['laba-rugi', 'Laba rugi / hasil usaha', 'Income statement'],
  ['arus-kas', 'Arus kas', 'Cash flow'],
  ['ekuitas', 'Perubahan ekuitas', 'Changes in equity'],
  ['buku-besar', 'Buku besar', 'General ledger'],
  ['neraca-saldo', 'Neraca saldo', 'Trial balance'],
];

/** The last day of the month before `day`. */
function endOfLastMonth(day: string): string {
  const d = new Date(`${day.slice(0, 8)}01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

const cell = (v: number | string | null) => (v === null ? '' : typeof v === 'number' ? rupiah(v) : v);

function StatementTable({ s }: { s: Statement }) {
  const { t } = useI18n();
  return (
    <>
      <p className={s.balanced ? 'ok' : 'error'} role="status">
        {s.balanced ? t('Seimbang.', 'Balanced.') : t('Tidak seimbang — periksa jurnal.', 'Out of balance — check the journal.')}
      </p>
      <table className="data" aria-label={s.title}>
        <thead>
          <tr>
            <th>{t('Kode', 'Code')}</th>
            <th>{t('Uraian', 'Item')}</th>
            {s.columns.map((c) => (
              <th key={c} className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r, i) => (
            <tr key={`${r.code}-${i}`} className={r.style === 'line' ? undefined : r.style === 'total' ? 'strong' : 'section'}>
              <td>{r.code}</td>
              <th scope="row">{r.label}</th>
              {r.values.map((v, j) => (
                <td key={j} className={typeof v === 'number' ? 'num' : undefined}>
                  {cell(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function TrialBalanceTable({ tb }: { tb: TrialBalance }) {
  const { t } = useI18n();
  return (
    <table className="data" aria-label={t('Neraca saldo', 'Trial balance')}>
      <thead>
        <tr>
          <th>{t('Kode', 'Code')}</th>
          <th>{t('Akun', 'Account')}</th>
          <th className="num">Debit</th>
          <th className="num">{t('Kredit', 'Credit')}</th>
        </tr>
      </thead>
      <tbody>
        {tb.rows.map((r) => (
          <tr key={r.accountCode}>
            <td>{r.accountCode}</td>
            <th scope="row">{r.accountName}</th>
            <td className="num">{rupiah(r.debit)}</td>
            <td className="num">{rupiah(r.credit)}</td>
          </tr>
        ))}
        <tr className="strong">
          <td />
          <th scope="row">{t('Jumlah', 'Total')}</th>
          <td className="num">{rupiah(tb.totalDebit)}</td>
          <td className="num">{rupiah(tb.totalCredit)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function BooksScreen() {
  const { t } = useI18n();
  const api = useApi();
  const [kind, setKind] = useState<Kind>('neraca');
  const [from, setFrom] = useState(monthsAgo(0));
  const [to, setTo] = useState(todayLocal());
  const [closeTo, setCloseTo] = useState(endOfLastMonth(todayLocal()));
  const [closed, setClosed] = useState<string | null>(null);
  // Closing cannot be undone: the button asks once more before it locks the period.
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const shown = useCall<Statement | TrialBalance>(
    (a) => (kind === 'neraca-saldo' ? a.books.trialBalance({ to }) : a.books.statement({ kind, from, to })),
    [kind, from, to, closed],
  );

  const exportAs = (format: 'xlsx' | 'pdf') =>
    action.run(async () => {
      const f = await api.books.export({ report: kind, from, to, format });
      saveDownload({ fileName: f.fileName, mimeType: f.mime, contentBase64: f.contentBase64 });
    });
  const paketRat = () =>
    action.run(async () => {
      const f = await api.books.paketRat({ year: Number(to.slice(0, 4)) });
      saveDownload({ fileName: f.fileName, mimeType: f.mime, contentBase64: f.contentBase64 });
    });
  const closeMonth = () =>
    action.run(async () => {
      setConfirming(false);
      const r = await api.books.close({ to: closeTo });
      setClosed(
        r.kind === 'year'
          ? t(`Tahun ${r.year} ditutup: SHU ${rupiah(r.shu ?? 0)}.`, `Year ${r.year} closed: SHU ${rupiah(r.shu ?? 0)}.`)
          : t(`Buku ditutup sampai ${date(r.toDate)}.`, `Books closed up to ${date(r.toDate)}.`),
      );
    });

  const data = shown.data;
  return (
    <Page title={t('Buku & laporan keuangan', 'Books & financial statements')}>
      <div className="toolbar">
        <label>
          {t('Laporan', 'Statement')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map(([k, id, en]) => (
              <option key={k} value={k}>
                {t(id, en)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Dari', 'From')}
          <DateInput value={from} onChange={setFrom} disabled={kind === 'neraca-saldo'} />
        </label>
        <label>
          {t('Sampai', 'To')}
          <DateInput value={to} onChange={setTo} />
        </label>
        <button type="button" disabled={action.busy} onClick={() => void exportAs('xlsx')}>
          {t('Unduh XLSX', 'Download XLSX')}
        </button>
        <button type="button" disabled={action.busy} onClick={() => void exportAs('pdf')}>
          {t('Unduh PDF', 'Download PDF')}
        </button>
        <button type="button" disabled={action.busy} onClick={() => void paketRat()}>
          {t(`Paket RAT ${to.slice(0, 4)} (PDF)`, `RAT pack ${to.slice(0, 4)} (PDF)`)}
        </button>
      </div>
      <ErrorBox error={shown.error ?? action.error} />
      {data && 'columns' in data && <StatementTable s={data} />}
      {data && 'totalDebit' in data && <TrialBalanceTable tb={data} />}
      <h2>{t('Tutup buku', 'Close the books')}</h2>
      <div className="toolbar">
        <label>
          {t('Tutup sampai tanggal', 'Close up to')}
          <DateInput value={closeTo} onChange={setCloseTo} />
        </label>
        {confirming ? (
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('Batal', 'Cancel')}
            </button>
            <button type="button" className="primary" disabled={action.busy} onClick={() => void closeMonth()}>
              {t(`Ya, kunci buku sampai ${date(closeTo)}`, `Yes, lock the books up to ${date(closeTo)}`)}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('Tutup periode…', 'Close period…')}
          </button>
        )}
      </div>
      {closed && <p role="status">{closed}</p>}
      <OfficeKas from={from} to={to} />
      <BooksOpening onImported={shown.reload} />
    </Page>
  );
}
