// The words for a delivery document's status, shared by the list and the detail card.
import type { DeliveryView } from '../../shared/api/deliveries';

export function deliveryStatusText(s: DeliveryView['status'], t: (id: string, en: string) => string): string {
  return s === 'draft' ? t('Draf', 'Draft') : s === 'posted' ? t('Diposting', 'Posted') : t('Batal', 'Cancelled');
}
