// Close the shift: count the drawer by denomination, see expected against counted, confirm that
// step explicitly (closing cannot be undone), then the Z report. Enter in a count field moves to
// the next field, as on a paper count sheet; it never closes the shift (issue 15 item 5).
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ShiftCloseResult, ShiftInfo, ZReport } from '../../shared/api/shifts';
import { Dec } from '../../shared/money';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { rupiah } from '../lib/format';
import { CloseShiftConfirm } from './CloseShiftConfirm';
import { NO_OVERRIDE, UnsentOverride, type UnsentOverrideValue } from './UnsentOverride';
import { ApiError } from '../lib/api';
import type { SyncUnsent } from '../../shared/api/sync';
import { unsentText } from '../sync/UnsentBadge';
import { isWaiting } from '../sync/useUnsent';
import { ZReportView } from './ZReportView';
import { DialogActions } from './DialogActions';

const DENOMINATIONS = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100];

export function CloseShiftDialog(props: { shift: ShiftInfo; onClosed(): void; onClose(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [counts, setCounts] = useState<Record<number, string>>({});
  const [live, setLive] = useState<ZReport | null>(null);
  const [closed, setClosed] = useState<ShiftCloseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** Set once the core refused SHIFT_SALES_UNSENT: the manajer's approval is asked (issue 15 item 19). */
  const [unsent, setUnsent] = useState<SyncUnsent | null>(null);
  const [override, setOverride] = useState<UnsentOverrideValue | null>(null);
  const reviewRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    api.shifts.zReport({ shiftId: props.shift.shiftId }).then(setLive, (e) => setError(err(e)));
    // Said before counting, so the kasir can send now while counting the drawer.
    api.sync.unsent({}).then(setUnsent, () => undefined);
  }, [api, err, props.shift.shiftId]);

  const pieces = (d: number) => (/^\d{1,5}$/.test(counts[d] ?? '') ? Number(counts[d]) : 0);
  const counted = DENOMINATIONS.reduce((sum, d) => sum.add(new Dec(d).mul(pieces(d))), new Dec(0)).toNumber();
  const expected = live?.cash.expected ?? null;

  /** Enter in a count field: on to the next one, after the last to the review button. */
  function nextField(e: KeyboardEvent<HTMLInputElement>, index: number) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = e.currentTarget.closest('tbody')?.querySelectorAll<HTMLInputElement>('input')[index + 1];
    (next ?? reviewRef.current)?.focus();
  }

  function review(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setConfirming(true);
  }

  async function close() {
    setBusy(true);
    setError(null);
    try {
      const denominations: Record<string, number> = {};
      for (const d of DENOMINATIONS) if (pieces(d) > 0) denominations[String(d)] = pieces(d);
      const unsentOverride = override && override.username.trim() && override.pin ? override : undefined;
      setClosed(await api.shifts.close({ shiftId: props.shift.shiftId, denominations, unsentOverride }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'SHIFT_SALES_UNSENT') setOverride((o) => o ?? NO_OVERRIDE);
      setError(err(caught));
    } finally {
      setBusy(false);
    }
  }

  if (closed) {
    return (
      <Modal title={t('Laporan Z — shift ditutup', 'Z report — shift closed')} onClose={props.onClosed} wide focusKey="z">
        <ZReportView report={closed.report} />
        <div className="modal-actions">
          <PrintZ shiftId={closed.shiftId} />
          <button type="button" className="primary big" data-autofocus onClick={props.onClosed}>
            <kbd>Enter</kbd>
            {t('Selesai', 'Done')}
          </button>
        </div>
      </Modal>
    );
  }

  if (confirming)
    return (
      <CloseShiftConfirm expected={expected} counted={counted} busy={busy} error={error} onConfirm={() => void close()} onBack={() => setConfirming(false)}>
        {override && (
          <UnsentOverride
            value={override}
            onChange={setOverride}
            onAllSent={() => {
              setOverride(null);
              setError(null);
            }}
          />
        )}
      </CloseShiftConfirm>
    );

  return (
    <Modal title={t('Tutup shift — hitung uang di laci', 'Close shift — count the drawer')} onClose={props.onClose} wide>
      <form onSubmit={review}>
        <div className="close-grid">
          <table aria-label={t('Hitungan uang per pecahan', 'Cash count by denomination')}>
            <thead>
              <tr>
                <th>{t('Pecahan', 'Denomination')}</th>
                <th className="num">{t('Lembar/keping', 'Pieces')}</th>
                <th className="num">{t('Jumlah', 'Amount')}</th>
              </tr>
            </thead>
            <tbody>
              {DENOMINATIONS.map((d, i) => (
                <tr key={d}>
                  <td>{rupiah(d)}</td>
                  <td className="num">
                    <input
                      className="count-input"
                      inputMode="numeric"
                      aria-label={t(`Jumlah lembar ${rupiah(d)}`, `Pieces of ${rupiah(d)}`)}
                      value={counts[d] ?? ''}
                      onChange={(e) => setCounts({ ...counts, [d]: e.target.value.replace(/\D/g, '').slice(0, 5) })}
                      onFocus={(e) => e.target.select()}
                      onKeyDown={(e) => nextField(e, i)}
                    />
                  </td>
                  <td className="num">{rupiah(new Dec(d).mul(pieces(d)).toNumber())}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="close-side">
            <p className="figure">
              <span>{t('Seharusnya di laci', 'Expected in drawer')}</span>
              <strong aria-label={t('Seharusnya', 'Expected')}>{expected === null ? '…' : rupiah(expected)}</strong>
            </p>
            <p className="figure">
              <span>{t('Dihitung', 'Counted')}</span>
              <strong aria-label={t('Dihitung', 'Counted')}>{rupiah(counted)}</strong>
            </p>
            {expected !== null && (
              <p className={`figure ${counted - expected < 0 ? 'minus' : counted - expected > 0 ? 'plus' : 'even'}`}>
                <span>{t('Selisih', 'Difference')}</span>
                <strong aria-label={t('Selisih', 'Difference')}>{rupiah(counted - expected)}</strong>
              </p>
            )}
            {isWaiting(unsent) && (
              <p className="warning" role="status">
                {unsentText(unsent, t)}.
              </p>
            )}
            {live && (
              <p className="muted">
                {t('Penjualan', 'Sales')}: {live.sales.count} · {rupiah(live.netSales)}
              </p>
            )}
          </div>
        </div>
        <DialogActions
          error={error}
          onCancel={props.onClose}
          keyHints={{ cancel: true, submit: false }}
          big
          submitRef={reviewRef}
          submitLabel={t('Periksa & tutup shift', 'Review & close shift')}
        />
      </form>
    </Modal>
  );
}

function PrintZ({ shiftId }: { shiftId: string }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [msg, setMsg] = useState<string | null>(null);
  useEffect(() => {
    api.print.zReport({ shiftId }).then(
      (out) =>
        setMsg(
          out.job
            ? out.job.status === 'failed'
              ? t('Laporan Z gagal dicetak: periksa printer.', 'The Z report did not print: check the printer.')
              : t('Laporan Z dicetak.', 'Z report printed.')
            : t('Belum ada printer: laporan Z hanya di layar.', 'No printer set: the Z report is on screen only.'),
        ),
      (e) => setMsg(err(e)),
    );
  }, [api, shiftId, t, err]);
  return msg ? (
    <p role="status" className="muted print-status">
      {msg}
    </p>
  ) : null;
}
