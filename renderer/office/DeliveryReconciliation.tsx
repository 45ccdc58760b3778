// Reconciliation per supplier and month: ordered, delivered, received, damaged, paid and what is
// still owed, over a range of months (this year so far by default).
import { useState } from 'react';
import { month as formatMonth, rupiah } from '../lib/format';
import { DateInput } from '../lib/DateInput';
import { useI18n } from '../lib/i18n';
import type { ReconciliationRow } from '../../shared/api/deliveries';
import { DataTable } from './DataTable';
import { ErrorBox, todayLocal, useCall } from './officeKit';

const AMOUNTS: [Exclude<keyof ReconciliationRow, 'month' | 'supplier'>, string, string][] = [
  ['ordered', 'Dipesan', 'Ordered'],
  ['delivered', 'Dikirim', 'Delivered'],
  ['received', 'Diterima', 'Received'],
  ['damaged', 'Rusak', 'Damaged'],
  ['paid', 'Dibayar', 'Paid'],
  ['outstanding', 'Sisa utang', 'Outstanding'],
];

export function DeliveryReconciliation() {
  const { t } = useI18n();
  const month = todayLocal().slice(0, 7);
  const [range, setRange] = useState({ fromMonth: `${month.slice(0, 4)}-01`, toMonth: month });
  const r = useCall((api) => api.deliveries.reconciliation(range), [range.fromMonth, range.toMonth]);
  return (
    <section aria-label={t('Rekonsiliasi pemasok', 'Supplier reconciliation')}>
      <h2>{t('Rekonsiliasi per pemasok dan bulan', 'Reconciliation per supplier and month')}</h2>
      <div className="grid">
        <label>
          {t('Dari bulan', 'From month')}
          <DateInput month value={range.fromMonth} onChange={(fromMonth) => setRange({ ...range, fromMonth })} />
        </label>
        <label>
          {t('Sampai bulan', 'To month')}
          <DateInput month value={range.toMonth} onChange={(toMonth) => setRange({ ...range, toMonth })} />
        </label>
      </div>
      <ErrorBox error={r.error} />
      <DataTable
        label={t('Tabel rekonsiliasi', 'Reconciliation table')}
        rows={r.data ?? []}
        rowKey={(x) => x.supplier + x.month}
        columns={[
          { head: t('Bulan', 'Month'), cell: (x) => formatMonth(x.month) },
          { head: t('Pemasok', 'Supplier'), cell: (x) => x.supplier },
          ...AMOUNTS.map(([key, id, en]) => ({ head: t(id, en), num: true, cell: (x: ReconciliationRow) => rupiah(x[key]) })),
        ]}
      />
    </section>
  );
}
