// Void a paid sale, or take a return, with a supervisor's PIN (sales.void / sales.return).
import { useState, type FormEvent } from 'react';
import type { SaleResult } from '../../shared/api/sales';
import { uuidv7 } from '../../shared/ids';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { useAction } from '../lib/useAction';
import { qty, rupiah } from '../lib/format';
import { parsePieces, parseWeight } from './cartOps';
import { ApprovalFields, NO_APPROVAL, type Approval } from './ApprovalFields';
import { DialogActions } from './DialogActions';

export type ReversalKind = 'void' | 'return';

export function ReversalDialog(props: {
  kind: ReversalKind;
  lastReceiptNo: string | null;
  shiftId: string | null;
  onDone(message: string): void;
  onClose(): void;
}) {
  const api = useApi();
  const { t, err } = useI18n();
  const [receiptNo, setReceiptNo] = useState(props.lastReceiptNo ?? '');
  const [sale, setSale] = useState<SaleResult | null>(null);
  const [returnQty, setReturnQty] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const [approval, setApproval] = useState<Approval>(NO_APPROVAL);
  const action = useAction();
  const busy = action.busy;
  const error = action.error ? err(action.error) : null;
  const isVoid = props.kind === 'void';

  // A refused void or return asks for the PIN again.
  const run = (job: () => Promise<void>) =>
    action.run(async () => {
      try {
        await job();
      } catch (e) {
        setApproval((a) => ({ ...a, pin: '' }));
        throw e;
      }
    });

  const find = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => setSale(await api.sales.byReceipt({ receiptNo: receiptNo.trim() })));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!sale) return;
    const given = { username: approval.username.trim(), pin: approval.pin };
    void run(async () => {
      if (isVoid) {
        await api.sales.void({ saleId: sale.saleId, reason: reason.trim(), approval: given, shiftId: props.shiftId });
        props.onDone(
          t(
            `Transaksi ${sale.receiptNo} dibatalkan (${rupiah(sale.total)}). Kembalikan uang pembeli.`,
            `Sale ${sale.receiptNo} voided (${rupiah(sale.total)}). Give the buyer their money back.`,
          ),
        );
        return;
      }
      const lines = sale.lines
        .map((l) => ({ lineNo: l.lineNo, qtyMilli: (l.soldBy === 'weight' ? parseWeight : parsePieces)(returnQty[l.lineNo] ?? '') ?? 0 }))
        .filter((l) => l.qtyMilli > 0);
      if (lines.length === 0) throw { code: 'QTY_INVALID', params: {} };
      const result = await api.sales.return({
        id: uuidv7(),
        saleId: sale.saleId,
        lines,
        reason: reason.trim(),
        method: 'cash',
        approval: given,
        shiftId: props.shiftId,
      });
      props.onDone(
        t(
          `Retur ${sale.receiptNo} dicatat: kembalikan ${rupiah(result.refund)} tunai.`,
          `Return on ${sale.receiptNo} recorded: refund ${rupiah(result.refund)} in cash.`,
        ),
      );
    });
  };

  return (
    <Modal
      title={isVoid ? t('Batalkan transaksi (void)', 'Void a sale') : t('Retur barang', 'Return items')}
      onClose={props.onClose}
      wide
      focusKey={sale ? 'sale' : 'find'}
    >
      {!sale ? (
        <form onSubmit={find}>
          <label>
            {t('Nomor struk', 'Receipt number')}
            <input data-autofocus value={receiptNo} onChange={(e) => setReceiptNo(e.target.value)} onFocus={(e) => e.target.select()} />
          </label>
          <DialogActions error={error} onCancel={props.onClose} submitLabel={t('Cari struk', 'Find receipt')} submitDisabled={busy} />
        </form>
      ) : (
        <form onSubmit={submit}>
          <p>
            <strong>{sale.receiptNo}</strong> · {rupiah(sale.total)} · {sale.status === 'voided' ? t('SUDAH DIBATALKAN', 'ALREADY VOIDED') : t('lunas', 'paid')}
          </p>
          <table aria-label={t('Barang di struk', 'Items on the receipt')}>
            <thead>
              <tr>
                <th>{t('Barang', 'Item')}</th>
                <th className="num">{t('Jumlah', 'Qty')}</th>
                <th className="num">{t('Subtotal', 'Subtotal')}</th>
                {!isVoid && <th className="num">{t('Diretur', 'Return')}</th>}
              </tr>
            </thead>
            <tbody>
              {sale.lines.map((l) => (
                <tr key={l.lineNo}>
                  <td>{l.name}</td>
                  <td className="num">{qty(l.qtyMilli, l.soldBy)}</td>
                  <td className="num">{rupiah(l.lineTotal)}</td>
                  {!isVoid && (
                    <td className="num">
                      <input
                        className="count-input"
                        inputMode="decimal"
                        aria-label={t(`Jumlah retur ${l.name}`, `Return quantity ${l.name}`)}
                        value={returnQty[l.lineNo] ?? ''}
                        onChange={(e) => setReturnQty({ ...returnQty, [l.lineNo]: e.target.value })}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            {t('Alasan', 'Reason')}
            <input data-autofocus={isVoid ? true : undefined} value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} required />
          </label>
          <ApprovalFields value={approval} onChange={setApproval} required />
          <DialogActions
            error={error}
            onCancel={() => setSale(null)}
            cancelLabel={t('Struk lain', 'Another receipt')}
            keyHints={{ cancel: false, submit: false }}
            submitLabel={isVoid ? t('Batalkan transaksi', 'Void sale') : t('Simpan retur', 'Save return')}
            submitDisabled={busy || sale.status === 'voided'}
          />
        </form>
      )}
    </Modal>
  );
}
