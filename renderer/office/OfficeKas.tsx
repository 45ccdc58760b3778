// Kas kecil in the office: the manager records kas masuk / kas keluar (filling kas kecil from the
// brankas, paying listrik, sewa, honor) and sees the period's buku kas, the counter's entries too.
import { useRef, useState } from 'react';
import { uuidv7 } from '../../shared/ids';
import { date, rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { KasCategorySelect } from '../lib/KasCategorySelect';
import { useApi } from '../lib/session';
import { DataTable } from './DataTable';
import { ErrorBox, rupiahInput, useAction, useCall } from './officeKit';

export function OfficeKas(props: { from: string; to: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [accountCode, setAccountCode] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(0);
  // One id per entry being typed: a save retried after a lost answer records once.
  const id = useRef(uuidv7());
  const action = useAction();
  const form = useCall((a) => a.kas.form({ place: 'office' }), []);
  const list = useCall((a) => a.kas.list({ from: props.from, to: props.to }), [props.from, props.to, saved]);

  const save = () =>
    action.run(async () => {
      await api.kas.record({ id: id.current, direction, place: 'office', accountCode, amount: rupiahInput(amount), note: note.trim() });
      id.current = uuidv7();
      setAmount('');
      setNote('');
      setSaved((n) => n + 1);
    });

  return (
    <section aria-label={t('Buku kas', 'Cash book')}>
      <h2>{t('Buku kas (kas kecil dan laci)', 'Cash book (petty cash and drawers)')}</h2>
      <form
        className="toolbar"
        aria-label={t('Catat kas kecil', 'Record petty cash')}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('Jenis', 'Type')}
          <select value={direction} onChange={(e) => setDirection(e.target.value as 'in' | 'out')}>
            <option value="out">{t('Kas keluar', 'Cash out')}</option>
            <option value="in">{t('Kas masuk', 'Cash in')}</option>
          </select>
        </label>
        <KasCategorySelect value={accountCode} onChange={setAccountCode} categories={form.data?.categories} />
        <label>
          {t('Jumlah (Rp)', 'Amount (Rp)')}
          <input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} required />
        </label>
        <label>
          {t('Catatan', 'Note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} required />
        </label>
        <button type="submit" disabled={action.busy}>
          {t('Catat', 'Record')}
        </button>
      </form>
      <ErrorBox error={action.error ?? list.error} />
      <DataTable
        label={t('Daftar buku kas', 'Cash book entries')}
        rows={list.data ?? []}
        rowKey={(e) => e.id}
        columns={[
          { head: t('No.', 'No.'), cell: (e) => e.entryNo },
          { head: t('Tanggal', 'Date'), cell: (e) => date(e.entryDate) },
          { head: t('Tempat', 'Where'), cell: (e) => (e.place === 'counter' ? t('Laci kasir', 'Drawer') : t('Kas kecil', 'Petty cash')) },
          { head: t('Kategori', 'Category'), cell: (e) => e.accountName },
          { head: t('Catatan', 'Note'), cell: (e) => e.note },
          { head: t('Oleh', 'By'), cell: (e) => (e.approvedBy ? `${e.user} (${t('disetujui', 'approved by')} ${e.approvedBy})` : e.user) },
          { head: t('Jumlah', 'Amount'), num: true, cell: (e) => (e.direction === 'in' ? rupiah(e.amount) : `-${rupiah(e.amount)}`) },
        ]}
      />
    </section>
  );
}
