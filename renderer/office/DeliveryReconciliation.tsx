// Reconciliation per supplier and month: ordered, delivered, received, damaged, paid and what is
// still owed, over a range of months (this year so far by default).
import { useState } from 'react';
import { rupiah } from '../lib/format';
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
          <input type="month" value={range.fromMonth} onChange={(e) => setRange({ ...range, fromMonth: e.target.value })} />
        </label>
        <label>
          {t('Sampai bulan', 'To month')}
          <input type="month" value={range.toMonth} onChange={(e) => setRange({ ...range, toMonth: e.target.value })} />
        </label>
      </div>
      <ErrorBox error={r.error} />
      <DataTable
        label={t('Tabel rekonsiliasi', 'Reconciliation table')}
        rows={r.data ?? []}
        rowKey={(x) => x.supplier + x.month}
        columns={[
          { head: t('Bulan', 'Month'), cell: (x) => x.month },
          { head: t('Pemasok', 'Supplier'), cell: (x) => x.supplier },
          ...AMOUNTS.map(([key, id, en]) => ({ head: t(id, en), num: true, cell: (x: ReconciliationRow) => rupiah(x[key]) })),
        ]}
      />
    </section>
  );
}
