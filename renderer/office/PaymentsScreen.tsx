// Pembayaran (manajer/admin): the cash rounding rule from a chosen day, and the outlet's static
// QRIS entered once. A QRIS is stored only when it passes the EMVCo/QRIS checks; a wrong one is
// refused with the tag that is wrong, and the text typed stays in the box to be corrected.
import { useState } from 'react';
import type { CashRoundingRule } from '../../shared/payments/cashRounding';
import { ROUNDING_UNITS } from '../../shared/payments/cashRounding';
import { useI18n } from '../lib/i18n';
import { date, rupiah } from '../lib/format';
import { DateInput } from '../lib/DateInput';
import { useApi } from '../lib/session';
import { ErrorBox, Page, todayLocal, useAction, useCall } from './officeKit';

export function PaymentsScreen() {
  const { t } = useI18n();
  const api = useApi();
  const view = useCall((api) => api.payments.settings({}), []);
  const action = useAction();
  const [rule, setRule] = useState<CashRoundingRule | null>(null);
  const [validFrom, setValidFrom] = useState(todayLocal());
  const [payload, setPayload] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = view.data?.cashRounding ?? null;
  const r = rule ?? current;
  const unitName = (unit: number) => (unit === 0 ? t('Tanpa pembulatan', 'No rounding') : rupiah(unit));

  const saveRounding = () =>
    void action.run(async () => {
      if (!r) return;
      await api.payments.saveRounding({ rule: r, validFrom });
      setSaved(t(`Pembulatan disimpan, berlaku mulai ${date(validFrom)}.`, `Rounding saved, in force from ${date(validFrom)}.`));
      setRule(null);
      view.reload();
    });
  const saveQris = () =>
    void action.run(async () => {
      const next = await api.payments.saveQris({ payload: payload ?? '' });
      setSaved(
        next.qris
          ? t(`QRIS disimpan: ${next.qris.merchant.name}, ${next.qris.merchant.city}.`, `QRIS saved: ${next.qris.merchant.name}, ${next.qris.merchant.city}.`)
          : t('QRIS dihapus.', 'QRIS removed.'),
      );
      setPayload(null);
      view.reload();
    });

  return (
    <Page title={t('Pembayaran', 'Payments')}>
      {saved && (
        <p role="status" className="ok">
          {saved}
        </p>
      )}
      <ErrorBox error={action.error ?? view.error} />
      {r && (
        <form
          className="card"
          aria-label={t('Pembulatan tunai', 'Cash rounding')}
          onSubmit={(e) => {
            e.preventDefault();
            saveRounding();
          }}
        >
          <h2>{t('Pembulatan tunai', 'Cash rounding')}</h2>
          <p className="muted">
            {t(
              'Hanya bagian yang dibayar tunai yang dibulatkan; QRIS dan transfer selalu pas. "Ke bawah" selalu menguntungkan pembeli.',
              'Only the part paid in cash is rounded; QRIS and transfer are always exact. "Down" always favours the buyer.',
            )}
          </p>
          <label>
            {t('Pembulatan ke', 'Round to')}
            <select value={r.unit} onChange={(e) => setRule({ ...r, unit: Number(e.target.value) as CashRoundingRule['unit'] })}>
              {ROUNDING_UNITS.map((u) => (
                <option key={u} value={u}>
                  {unitName(u)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('Cara', 'Mode')}
            <select value={r.mode} onChange={(e) => setRule({ ...r, mode: e.target.value as CashRoundingRule['mode'] })}>
              <option value="down">{t('Ke bawah (untung pembeli)', 'Down (buyer’s favour)')}</option>
              <option value="nearest">{t('Terdekat (setengah ke bawah)', 'Nearest (halves down)')}</option>
            </select>
          </label>
          <label>
            {t('Berlaku mulai', 'In force from')}
            <DateInput value={validFrom} onChange={setValidFrom} />
          </label>
          {view.data?.nextCashRounding && (
            <p className="muted">
              {t('Perubahan terjadwal', 'Planned change')}: {unitName(view.data.nextCashRounding.rule.unit)} · {date(view.data.nextCashRounding.validFrom)}
            </p>
          )}
          <button type="submit" className="primary" disabled={action.busy}>
            {t('Simpan pembulatan', 'Save rounding')}
          </button>
        </form>
      )}
      <form
        className="card"
        aria-label={t('QRIS gerai', 'Outlet QRIS')}
        onSubmit={(e) => {
          e.preventDefault();
          saveQris();
        }}
      >
        <h2>{t('QRIS gerai', 'Outlet QRIS')}</h2>
        {view.data?.qris ? (
          <p aria-label={t('QRIS tersimpan', 'Saved QRIS')}>
            {view.data.qris.merchant.name}, {view.data.qris.merchant.city} · NMID {view.data.qris.merchant.nmid ?? '—'} · MCC {view.data.qris.merchant.mcc}
          </p>
        ) : (
          <p className="muted">{t('Belum ada QRIS: kasir belum bisa menerima QRIS.', 'No QRIS yet: the counter cannot take QRIS.')}</p>
        )}
        <p className="muted">
          {t(
            'Pindai QR statis dari bank/PJP gerai dengan aplikasi pembaca QR, lalu tempel seluruh teksnya (diawali 000201, diakhiri 6304 dan 4 huruf/angka). Aplikasi ini tidak tersambung ke bank: pembayaran selalu diperiksa kasir di aplikasi merchant.',
            "Read the outlet's static QR from its bank/PJP with a QR reader app, then paste its whole text (starting 000201, ending 6304 and 4 characters). This app has no link to the bank: the kasir always checks a payment on the merchant app.",
          )}
        </p>
        <label>
          {t('Isi QRIS statis', 'Static QRIS payload')}
          <textarea rows={4} value={payload ?? view.data?.qris?.payload ?? ''} onChange={(e) => setPayload(e.target.value)} spellCheck={false} />
        </label>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Periksa dan simpan QRIS', 'Check and save QRIS')}
        </button>
      </form>
    </Page>
  );
}
