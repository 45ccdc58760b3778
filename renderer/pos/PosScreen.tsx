// The cashier screen. Keyboard first: scan anywhere, F-keys for everything a normal sale needs
// (shown at the bottom), Esc backs out of every dialog and focus returns to the scan field.
// The work is in hooks (cart, catalog, scanners, payment, outbox, keys); this file wires them.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CatalogItem } from '../../shared/api/catalog';
import { useI18n } from '../lib/i18n';
import { flushOutbox } from '../lib/outbox';
import { useApi, useSession } from '../lib/session';
import { openPosDb, restoreFromOutbox } from '../lib/store';
import { CartPanel } from './CartPanel';
import { cartTotal } from './cartOps';
import { FunctionKeyBar } from './FunctionKeyBar';
import { PosDialogs } from './PosDialogs';
import { useModal, type Notice } from './posModal';
import { PosStatusBar } from './PosStatusBar';
import { ShiftOpen } from './ShiftOpen';
import { SummaryPanel } from './SummaryPanel';
import { useCart } from './useCart';
import { useCartEdits } from './useCartEdits';
import { useCatalog } from './useCatalog';
import { useCounter } from './useCounter';
import { useOutboxSync } from './useOutboxSync';
import { usePayment } from './usePayment';
import { NO_ROUNDING } from '../../shared/payments/cashRounding';
import { usePosKeys, type PosAction } from './usePosKeys';
import { useQueues } from './useQueues';
import { useScanner } from './useScanner';
import { ScanToCart } from './SignerFields';

type LastSale = { saleId: string; receiptNo: string; change: number; total: number };

export function PosScreen() {
  const api = useApi();
  const { user } = useSession();
  const { t, err } = useI18n();
  const db = useMemo(() => openPosDb(), []);
  const counter = useCounter();
  const { shift } = counter;
  const { cart, cartRef, selected, setSelected, setCart, showCart } = useCart(db);
  const { modal, modalRef, setModal } = useModal();
  const { held, waiting, refreshLists } = useQueues(db);
  const { cache, catalogReady } = useCatalog(db);
  const [notice, setNotice] = useState<Notice>(null);
  const [lastSale, setLastSale] = useState<LastSale | null>(null);
  const scanRef = useRef<HTMLInputElement>(null);

  const edits = useCartEdits({ db, cartRef, setCart, showCart, setSelected, info: counter.info, setNotice, setModal, refreshLists });
  const scanner = useScanner({
    cache,
    catalogReady,
    modalRef,
    setModal,
    setNotice,
    addItem: edits.addItem,
    putLine: edits.putLine,
    attachMember: edits.attachMember,
  });
  const scanToCart = (code: string) => void scanner.scanOverDialog(code);
  const lines = cart?.lines ?? [];
  const total = cart ? cartTotal(cart) : 0;
  const cashRounding = counter.info?.cashRounding ?? NO_ROUNDING;
  const sel = selected >= 0 && selected < lines.length ? selected : lines.length - 1;
  const payment = usePayment({
    db,
    cartRef,
    showCart,
    shiftId: shift?.shiftId ?? null,
    total,
    cashRounding,
    refreshLists,
    onPaid: (done) => {
      if (done.result) setLastSale({ saleId: done.result.saleId, receiptNo: done.result.receiptNo, change: done.change, total: done.result.total });
      setNotice(null);
      setModal({ kind: 'done', done });
    },
  });
  useOutboxSync(db, refreshLists, (r) => setLastSale({ saleId: r.saleId, receiptNo: r.receiptNo, change: r.change, total: r.total }), setNotice);

  // Focus goes back to the scan field whenever no dialog is open.
  useLayoutEffect(() => {
    if (!modal && shift) scanRef.current?.focus();
  }, [modal, shift, cart?.id]);

  // Deferred so a dialog closing in this event is gone first; but when the kasir has already opened
  // the next dialog (F2 right after Esc), its field keeps the focus, not the hidden scan field.
  const focusScan = () => setTimeout(() => !modalRef.current && scanRef.current?.focus(), 0);
  const cartEmpty = () => setNotice({ kind: 'error', text: err({ code: 'CART_EMPTY' }) });

  async function reprintLast() {
    if (!lastSale)
      return setNotice({ kind: 'error', text: t('Belum ada transaksi untuk dicetak ulang di shift ini.', 'No sale to reprint in this shift yet.') });
    try {
      const out = await api.print.reprint({ saleId: lastSale.saleId });
      setNotice(
        out.job && out.job.status !== 'failed'
          ? { kind: 'ok', text: t(`Struk ${lastSale.receiptNo} dicetak ulang (COPY).`, `Receipt ${lastSale.receiptNo} reprinted (COPY).`) }
          : { kind: 'error', text: t('Struk tidak tercetak: periksa printer.', 'The receipt did not print: check the printer.') },
      );
    } catch (e) {
      setNotice({ kind: 'error', text: err(e) });
    }
  }

  // --- actions behind the F-keys and Alt-keys ------------------------------------------------
  const actions: Record<string, PosAction> = {
    F2: { label: t('Cari barang', 'Find item'), run: () => setModal({ kind: 'search', query: scanner.scanText }) },
    F3: { label: t('Jumlah/berat', 'Qty/weight'), run: () => (sel >= 0 ? setModal({ kind: 'qty', index: sel }) : cartEmpty()), disabled: lines.length === 0 },
    F4: { label: t('Anggota', 'Member'), run: () => setModal({ kind: 'member' }) },
    F6: {
      label: 'LPG 3 kg',
      run: () => {
        const lpg = cache.search('LPG', 200).find((i) => i.subsidyProgram === 'LPG3' && i.lpgKind !== 'empty');
        if (lpg) setModal({ kind: 'lpg', item: lpg });
        else setModal({ kind: 'search', query: 'LPG' });
      },
    },
    F7: { label: t('Tahan', 'Hold'), run: () => setModal({ kind: 'hold' }), disabled: lines.length === 0 },
    F8: { label: `${t('Panggil', 'Recall')}${held.length ? ` (${held.length})` : ''}`, run: () => setModal({ kind: 'held' }) },
    F9: { label: t('Hapus baris', 'Remove line'), run: () => edits.removeAt(sel), disabled: lines.length === 0 },
    F10: { label: t('Bayar', 'Pay'), run: () => (lines.length ? (payment.reset(), setModal({ kind: 'pay' })) : cartEmpty()), disabled: lines.length === 0 },
  };
  const altActions: Record<string, PosAction> = {
    v: { label: t('Batal transaksi', 'Void sale'), run: () => setModal({ kind: 'reversal', reversal: 'void' }) },
    r: { label: t('Retur', 'Return'), run: () => setModal({ kind: 'reversal', reversal: 'return' }) },
    s: { label: t('Cetak ulang struk', 'Reprint receipt'), run: () => void reprintLast() },
    l: { label: t('Buka laci', 'Open drawer'), run: () => setModal({ kind: 'drawer' }) },
    k: { label: t('Buku kas', 'Petty cash'), run: () => setModal({ kind: 'kas' }) },
    t: { label: t('Tutup shift', 'Close shift'), run: () => setModal({ kind: 'close' }) },
  };
  usePosKeys({
    modalRef,
    actions,
    altActions,
    lineCount: lines.length,
    scanText: scanner.scanText,
    moveSelection: (step) =>
      setSelected((s) => {
        const from = s >= 0 && s < lines.length ? s : lines.length - 1;
        return Math.max(0, Math.min(lines.length - 1, from + step));
      }),
    removeSelected: () => edits.removeAt(sel),
  });

  // --- render ------------------------------------------------------------------------------
  if (shift === undefined || !cart)
    return (
      <main className="center-page" aria-busy="true">
        {t('Memuat kasir…', 'Loading the counter…')}
      </main>
    );
  if (shift === null)
    return (
      <>
        {counter.shiftError != null && (
          <p role="alert" className="error">
            {err(counter.shiftError)}
          </p>
        )}
        <ShiftOpen terminal={counter.terminal} onOpened={counter.opened} />
      </>
    );

  const closeModal = () => {
    setModal(null);
    focusScan();
  };

  return (
    <div className="pos">
      <PosStatusBar
        info={counter.info}
        shift={shift}
        cashier={user?.displayName}
        waiting={waiting}
        heldCount={held.length}
        onShowWaiting={() => setModal({ kind: 'waiting' })}
      />
      <div className="pos-main">
        <CartPanel
          scanRef={scanRef}
          scanText={scanner.scanText}
          onScanText={scanner.setScanText}
          onSubmitScan={scanner.submitScan}
          lines={lines}
          selected={sel}
          onSelect={setSelected}
          lastSale={lastSale}
        />
        <SummaryPanel cart={cart} info={counter.info} notice={notice} altActions={altActions} />
      </div>
      <FunctionKeyBar actions={actions} />
      {/* A barcode scanned into a signer's name or PIN field goes to the cart (SignerFields). */}
      <ScanToCart.Provider value={scanToCart}>
        <PosDialogs
          modal={modal}
          cart={cart}
          shift={shift}
          held={held}
          waiting={waiting}
          lastReceiptNo={lastSale?.receiptNo ?? null}
          tenderMax={counter.info?.tenderMax ?? null}
          cashRounding={cashRounding}
          qrisPayload={counter.info?.qrisPayload ?? null}
          onScanned={scanToCart}
          payment={payment}
          edits={edits}
          searchCatalog={async (q: string): Promise<CatalogItem[]> => (cache.size > 0 ? cache.search(q) : api.catalog.search({ query: q, limit: 20 }))}
          setModal={setModal}
          setNotice={setNotice}
          closeModal={closeModal}
          focusScan={focusScan}
          onShiftClosed={() => {
            setModal(null);
            counter.setShift(null);
          }}
          retryOutbox={async () => {
            const r = await flushOutbox(db, api);
            await refreshLists();
            return r;
          }}
          restoreSale={async (id) => {
            const back = await restoreFromOutbox(db, id, cartRef.current);
            if (back) showCart(back, back.lines.length - 1);
            await refreshLists();
            closeModal();
          }}
        />
      </ScanToCart.Provider>
    </div>
  );
}
