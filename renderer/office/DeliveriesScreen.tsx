// Penerimaan barang: the list of delivery documents, a new document, and the open one's detail
// card (count, discrepancy, confirmation). Reconciliation per supplier and month below.
import { useState } from 'react';
import type { DeliverySummary } from '../../shared/api/deliveries';
import { useI18n } from '../lib/i18n';
import { DataTable, useOpenColumn } from './DataTable';
import { DeliveryDetail } from './DeliveryDetail';
import { DeliveryNewForm } from './DeliveryNewForm';
import { DeliveryReconciliation } from './DeliveryReconciliation';
import { DELIVERY_STATUS_LABELS } from '../../shared/i18n/labels';
import { date } from '../lib/format';
import { ErrorBox, Page, useCall } from './officeKit';

export function DeliveriesScreen() {
  const { t, label } = useI18n();
  const [open, setOpen] = useState<string | 'new' | null>(null);
  const list = useCall((api) => api.deliveries.list({}), [open]);
  const openColumn = useOpenColumn<DeliverySummary>(
    (d) => setOpen(d.id),
    (d) => d.docNo,
  );
  // Every action says what it did and the list shows the new status at once (no reload needed).
  const [notice, setNotice] = useState('');
  const done = (message: string) => {
    setNotice(message);
    list.reload();
  };
  return (
    <Page
      title={t('Penerimaan barang', 'Deliveries')}
      actions={
        <button type="button" className="primary" onClick={() => setOpen('new')}>
          {t('Penerimaan baru', 'New delivery')}
        </button>
      }
    >
      {notice && (
        <p className="okmsg" role="status">
          {notice}
        </p>
      )}
      {open === 'new' && (
        <DeliveryNewForm
          onCreated={(id) => {
            setOpen(id);
            setNotice(t('Dokumen penerimaan disimpan sebagai draf.', 'Delivery document saved as a draft.'));
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open && open !== 'new' && <DeliveryDetail id={open} onClose={() => setOpen(null)} onDone={done} />}
      <ErrorBox error={list.error} />
      <DataTable
        label={t('Daftar penerimaan', 'Deliveries list')}
        rows={list.data ?? []}
        rowKey={(d) => d.id}
        columns={[
          { head: t('Tanggal', 'Date'), cell: (d) => date(d.deliveryDate) },
          { head: t('No. dokumen', 'Document no.'), cell: (d) => d.docNo },
          { head: t('Pemasok', 'Supplier'), cell: (d) => d.supplier },
          { head: t('Status', 'Status'), cell: (d) => label(DELIVERY_STATUS_LABELS, d.status) },
          { head: t('Selisih', 'Discrepancy'), cell: (d) => (d.hasDiscrepancy ? t('Ada selisih', 'Has discrepancy') : '—') },
          openColumn,
        ]}
      />
      <DeliveryReconciliation />
    </Page>
  );
}
