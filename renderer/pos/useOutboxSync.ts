// The outbox keeps sending until the core has every sale. A sale that waited is printed once the
// core has it (it never was before), and the cashier is told whether the struk came out.
import { useEffect, useEffectEvent } from 'react';
import type { SaleResult } from '../../shared/api/sales';
import { useI18n } from '../lib/i18n';
import { flushOutbox, pruneOutbox } from '../lib/outbox';
import { useApi } from '../lib/session';
import type { PosDb } from '../lib/store';
import type { Notice } from './posModal';

const SEND_EVERY_MS = 2500;

export function useOutboxSync(db: PosDb, refreshLists: () => Promise<void>, onRecorded: (sale: SaleResult) => void, setNotice: (notice: Notice) => void) {
  const api = useApi();
  const { t } = useI18n();

  const recordedLate = useEffectEvent(async (r: SaleResult) => {
    onRecorded(r);
    const printed = await api.print.sale({ saleId: r.saleId }).then(
      (out) => out.job?.status !== 'failed',
      () => false,
    );
    setNotice(
      printed
        ? {
            kind: 'ok',
            text: t(`Transaksi ${r.receiptNo} sudah tercatat di server; struk dicetak.`, `Sale ${r.receiptNo} is now recorded on the server; receipt printed.`),
          }
        : {
            kind: 'error',
            text: t(
              `Transaksi ${r.receiptNo} sudah tercatat, tetapi struk belum tercetak. Periksa printer, lalu Alt+S.`,
              `Sale ${r.receiptNo} is recorded but the receipt did not print. Check the printer, then Alt+S.`,
            ),
          },
    );
  });

  useEffect(() => {
    const timer = setInterval(() => {
      void flushOutbox(db, api)
        .then(async ({ sent, results }) => {
          for (const r of results) await recordedLate(r);
          if (sent > 0) await pruneOutbox(db);
        })
        .then(refreshLists)
        .catch(() => {});
    }, SEND_EVERY_MS);
    return () => clearInterval(timer);
  }, [db, api, refreshLists]);
}
