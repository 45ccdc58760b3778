// The cashier screen. Keyboard first: scan anywhere, F-keys for everything a normal sale needs
// (shown at the bottom), Esc backs out of every dialog and focus returns to the scan field.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { CatalogItem, LookupResult } from '../../shared/api/catalog';
import type { CounterInfo } from '../../shared/api/pos';
import type { PrintOutcome } from '../../shared/api/printing';
import type { ShiftInfo } from '../../shared/api/shifts';
import type { ErrorPayload } from '../../shared/errors';
import { ApiError } from '../lib/api';
import { CatalogCache } from '../lib/catalogCache';
import { dateTime, qty, rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { flushOutbox, pruneOutbox, sendEntry } from '../lib/outbox';
import { useSession } from '../lib/session';
import { heldCarts, holdCart, moveCartToOutbox, openCart, openPosDb, recallCart, restoreFromOutbox, saveCart, waitingSales, type Cart, type CartMember, type OutboxEntry } from '../lib/store';
import { attachWedgeScanner } from '../lib/wedgeScanner';
import { addLine, cartTotal, commitInput, itemCount, lineAmount, lineOf, removeLine, setQty, sphpPacks, type Payment } from './cartOps';
import { CloseShiftDialog } from './CloseShiftDialog';
import { DrawerDialog } from './DrawerDialog';
import { HeldDialog } from './HeldDialog';
import { LpgDialog, type LpgPick } from './LpgDialog';
import { CATEGORY_NAMES } from './lpgView';
import { MemberDialog } from './MemberDialog';
import { PaymentDialog, type Approval } from './PaymentDialog';
import { QtyDialog } from './QtyDialog';
import { ReversalDialog, type ReversalKind } from './ReversalDialog';
import { SaleDoneDialog, type SaleDone } from './SaleDoneDialog';
import { SearchDialog } from './SearchDialog';
import { ShiftOpen } from './ShiftOpen';
import { WaitingDialog } from './WaitingDialog';

type ModalState =
  | { kind: 'search'; query: string }
  | { kind: 'qty'; index: number }
  | { kind: 'weigh'; item: CatalogItem }
  | { kind: 'member' }
  | { kind: 'lpg'; item: CatalogItem }
  | { kind: 'pay' }
  | { kind: 'done'; done: SaleDone }
  | { kind: 'held' }
  | { kind: 'reversal'; reversal: ReversalKind }
  | { kind: 'close' }
  | { kind: 'waiting' }
  | { kind: 'drawer' };

type Notice = { kind: 'error' | 'ok' | 'info'; text: string } | null;

const TERMINAL_KEY = 'kkmp.terminal';

export function PosScreen() {
  const { api, user } = useSession();
  const { t, err, lang } = useI18n();
  const db = useMemo(() => openPosDb(), []);
  const cache = useMemo(() => new CatalogCache(), []);
  const [terminal, setTerminal] = useState(() => localStorage.getItem(TERMINAL_KEY) || 'POS-1');

  const [shift, setShift] = useState<ShiftInfo | null | undefined>(undefined);
  const [shiftError, setShiftError] = useState<string | null>(null);
  const [info, setInfo] = useState<CounterInfo | null>(null);
  const [cart, setCartState] = useState<Cart | null>(null);
  const [selected, setSelected] = useState(-1);
  const [modal, setModalState] = useState<ModalState | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [held, setHeld] = useState<Cart[]>([]);
  const [waiting, setWaiting] = useState<OutboxEntry[]>([]);
  const [scanText, setScanText] = useState('');
  const [payBusy, setPayBusy] = useState(false);
  const [payError, setPayError] = useState<string | null>(null);
  const [needsApproval, setNeedsApproval] = useState(false);
  const [lastSale, setLastSale] = useState<{ saleId: string; receiptNo: string; change: number; total: number } | null>(null);
  const [catalogReady, setCatalogReady] = useState(false);
  const scanRef = useRef<HTMLInputElement>(null);
  const cartRef = useRef<Cart | null>(null);
  const modalRef = useRef<ModalState | null>(null);
  modalRef.current = modal;
  // The ref changes at once, so keys typed before the dialog has rendered do not reach the cart.
  const setModal = useCallback((next: ModalState | null) => {
    modalRef.current = next;
    setModalState(next);
  }, []);

  const setCart = useCallback(
    (next: Cart) => {
      cartRef.current = next;
      setCartState(next);
      void saveCart(db, next);
    },
    [db],
  );

  const showError = useCallback((e: unknown) => setNotice({ kind: 'error', text: err(e) }), [err]);
  const refreshLists = useCallback(async () => {
    setHeld(await heldCarts(db));
    setWaiting(await waitingSales(db));
  }, [db]);

  // Start: the open cart from IndexedDB, the shift, the catalog (cached copy first, then fresh).
  useEffect(() => {
    let alive = true;
    void openCart(db).then((c) => {
      if (!alive) return;
      cartRef.current = c;
      setCartState(c);
      setSelected(c.lines.length - 1);
    });
    void refreshLists();
    api.call<ShiftInfo | null>('shifts.current', { terminal }).then(
      (s) => alive && setShift(s),
      (e) => {
        if (!alive) return;
        setShift(null);
        setShiftError(err(e));
      },
    );
    api.call<CounterInfo>('pos.info').then((i) => alive && setInfo(i), () => {});
    void cache
      .load(db)
      .then(() => alive && cache.size > 0 && setCatalogReady(true))
      .then(() => cache.refresh(db, api))
      .then(() => alive && setCatalogReady(true))
      .catch(() => {});
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'catalog.changed') void cache.refresh(db, api).catch(() => {});
      // A HID-POS or serial scanner read by the host arrives as an event, like a wedge scan.
      const code = (event.payload as { code?: unknown } | null)?.code;
      if (event.type === 'scan' && typeof code === 'string' && !modalRef.current) void handleCodeRef.current(code, false);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [api, db, cache, terminal]);

  // The outbox keeps sending until the core has every sale; the catalog version is checked too.
  useEffect(() => {
    const timer = setInterval(() => {
      void flushOutbox(db, api)
        .then(async ({ sent, results }) => {
          // A sale that waited is printed now that the core has it (it never was before).
          for (const r of results) {
            setLastSale({ saleId: r.saleId, receiptNo: r.receiptNo, change: r.change, total: r.total });
            const printed = await api.call<PrintOutcome>('print.sale', { saleId: r.saleId }).then((out) => out.job?.status !== 'failed', () => false);
            setNotice(
              printed
                ? { kind: 'ok', text: t(`Transaksi ${r.receiptNo} sudah tercatat di server; struk dicetak.`, `Sale ${r.receiptNo} is now recorded on the server; receipt printed.`) }
                : { kind: 'error', text: t(`Transaksi ${r.receiptNo} sudah tercatat, tetapi struk belum tercetak. Periksa printer, lalu Alt+S.`, `Sale ${r.receiptNo} is recorded but the receipt did not print. Check the printer, then Alt+S.`) },
            );
          }
          if (sent > 0) await pruneOutbox(db);
        })
        .then(refreshLists)
        .catch(() => {});
      void cache.refresh(db, api).catch(() => {});
    }, 2500);
    return () => clearInterval(timer);
  }, [db, api, cache, refreshLists, t]);

  // Focus goes back to the scan field whenever no dialog is open.
  useLayoutEffect(() => {
    if (!modal && shift) scanRef.current?.focus();
  }, [modal, shift, cart?.id]);

  const focusScan = () => setTimeout(() => scanRef.current?.focus(), 0);

  const inCartFor = (buyerId: string) =>
    (cartRef.current?.lines ?? []).filter((l) => l.extra?.lpgBuyerId === buyerId).reduce((n, l) => n + l.qtyMilli / 1000, 0);

  const sphpRefusal = (current: Cart, extraPacks: number): ErrorPayload | null => {
    const limit = info?.sphpMaxPacks ?? null;
    if (limit === null) return null;
    const requested = sphpPacks(current) + extraPacks;
    return requested > limit ? { code: 'SPHP_MAX_PACKS', params: { limit, requested } } : null;
  };

  const putLine = useCallback(
    (item: CatalogItem, qtyMilli: number, extra?: Record<string, unknown>, note?: string) => {
      const current = cartRef.current;
      if (!current) return;
      if (item.subsidyProgram === 'SPHP' && item.soldBy === 'piece') {
        const refusal = sphpRefusal(current, qtyMilli / 1000);
        if (refusal) return setNotice({ kind: 'error', text: err(refusal) });
      }
      const { cart: next, index } = addLine(current, lineOf(item, qtyMilli, extra, note));
      setCart(next);
      setSelected(index);
      setNotice(null);
    },
    [setCart, err, info],
  );

  /** A product found by scan, search or code. */
  const addItem = useCallback(
    (item: CatalogItem, qtyMilli: number | null) => {
      if (item.price === null) return setNotice({ kind: 'error', text: err({ code: 'PRICE_MISSING', params: { name: item.name } }) });
      if (item.subsidyProgram === 'LPG3' && item.lpgKind !== 'empty') return setModal({ kind: 'lpg', item });
      if (item.soldBy === 'weight' && qtyMilli === null) return setModal({ kind: 'weigh', item });
      putLine(item, qtyMilli ?? 1000);
    },
    [putLine, err],
  );

  const attachMember = useCallback(
    (member: CartMember | null) => {
      const current = cartRef.current;
      if (!current) return;
      setCart({ ...current, member });
      setNotice(member ? { kind: 'ok', text: t(`Anggota: ${member.name}`, `Member: ${member.name}`) } : null);
    },
    [setCart, t],
  );

  /** A scanned or typed code: the memory cache first, then the host (cache still loading), then a member card. */
  const handleCode = useCallback(
    async (code: string, typed: boolean) => {
      const hit = cache.lookup(code);
      if ('item' in hit) return addItem(hit.item, hit.qtyMilli);
      if (hit.error === 'SCAN_CHECK_DIGIT') return setNotice({ kind: 'error', text: err({ code: 'SCAN_CHECK_DIGIT', params: { code } }) });
      try {
        const found = await api.call<LookupResult>('catalog.lookup', { code });
        return addItem(found.item, found.qtyMilli);
      } catch (e) {
        if (e instanceof ApiError && e.offline) return showError(e);
      }
      try {
        const member = await api.call<{ id: string; name: string; memberNo: string }>('members.find', { code });
        return attachMember({ id: member.id, name: member.name, code: member.memberNo });
      } catch {
        // not a member card either
      }
      if (typed && /\D/.test(code)) return setModal({ kind: 'search', query: code });
      setNotice({ kind: 'error', text: err({ code: 'SCAN_UNKNOWN', params: { code } }) });
    },
    [cache, addItem, api, err, showError, attachMember],
  );

  // The keyboard-wedge scanner works wherever focus is, while no dialog is open.
  const handleCodeRef = useRef(handleCode);
  handleCodeRef.current = handleCode;
  useEffect(
    () =>
      attachWedgeScanner(window, {
        enabled: () => modalRef.current === null,
        onScan: (code) => {
          setScanText('');
          void handleCodeRef.current(code, false);
        },
        onInvalid: (code) => setNotice({ kind: 'error', text: err({ code: 'SCAN_CHECK_DIGIT', params: { code } }) }),
      }),
    [err],
  );

  const submitScan = (e: FormEvent) => {
    e.preventDefault();
    const text = scanText.trim();
    if (!text) return;
    setScanText('');
    const times = /^(\d{1,3})\*(.+)$/.exec(text);
    if (times) {
      const hit = cache.lookup(times[2]!);
      if ('item' in hit && hit.item.soldBy === 'piece' && hit.item.subsidyProgram !== 'LPG3') return putLine(hit.item, Number(times[1]) * 1000);
    }
    if (/^\d{8,14}$/.test(text) || !/\s/.test(text)) {
      const hit = cache.lookup(text);
      if ('item' in hit) return addItem(hit.item, hit.qtyMilli);
    }
    if (/^\d+$/.test(text)) return void handleCode(text, true);
    if (catalogReady) return setModal({ kind: 'search', query: text });
    void handleCode(text, true);
  };

  // --- actions behind the F-keys -------------------------------------------------------------
  const lines = cart?.lines ?? [];
  const total = cart ? cartTotal(cart) : 0;
  const sel = selected >= 0 && selected < lines.length ? selected : lines.length - 1;

  const actions: Record<string, { label: string; run(): void; disabled?: boolean }> = {
    F2: { label: t('Cari barang', 'Find item'), run: () => setModal({ kind: 'search', query: scanText }) },
    F3: { label: t('Jumlah/berat', 'Qty/weight'), run: () => (sel >= 0 ? setModal({ kind: 'qty', index: sel }) : setNotice({ kind: 'error', text: err({ code: 'CART_EMPTY' }) })), disabled: lines.length === 0 },
    F4: { label: t('Anggota', 'Member'), run: () => setModal({ kind: 'member' }) },
    F6: {
      label: 'LPG 3 kg',
      run: () => {
        const lpg = cache.search('LPG', 200).find((i) => i.subsidyProgram === 'LPG3' && i.lpgKind !== 'empty');
        if (lpg) setModal({ kind: 'lpg', item: lpg });
        else setModal({ kind: 'search', query: 'LPG' });
      },
    },
    F7: { label: t('Tahan', 'Hold'), run: () => void hold(), disabled: lines.length === 0 },
    F8: { label: `${t('Panggil', 'Recall')}${held.length ? ` (${held.length})` : ''}`, run: () => setModal({ kind: 'held' }) },
    F9: { label: t('Hapus baris', 'Remove line'), run: () => removeSelected(), disabled: lines.length === 0 },
    F10: { label: t('Bayar', 'Pay'), run: () => (lines.length ? (setPayError(null), setNeedsApproval(false), setModal({ kind: 'pay' })) : setNotice({ kind: 'error', text: err({ code: 'CART_EMPTY' }) })), disabled: lines.length === 0 },
  };
  const altActions: Record<string, { label: string; run(): void }> = {
    v: { label: t('Batal transaksi', 'Void sale'), run: () => setModal({ kind: 'reversal', reversal: 'void' }) },
    r: { label: t('Retur', 'Return'), run: () => setModal({ kind: 'reversal', reversal: 'return' }) },
    s: { label: t('Cetak ulang struk', 'Reprint receipt'), run: () => void reprintLast() },
    l: { label: t('Buka laci', 'Open drawer'), run: () => setModal({ kind: 'drawer' }) },
    t: { label: t('Tutup shift', 'Close shift'), run: () => setModal({ kind: 'close' }) },
  };

  async function reprintLast() {
    if (!lastSale) return setNotice({ kind: 'error', text: t('Belum ada transaksi untuk dicetak ulang di shift ini.', 'No sale to reprint in this shift yet.') });
    try {
      const out = await api.call<PrintOutcome>('print.reprint', { saleId: lastSale.saleId });
      setNotice(out.job && out.job.status !== 'failed' ? { kind: 'ok', text: t(`Struk ${lastSale.receiptNo} dicetak ulang (COPY).`, `Receipt ${lastSale.receiptNo} reprinted (COPY).`) } : { kind: 'error', text: t('Struk tidak tercetak: periksa printer.', 'The receipt did not print: check the printer.') });
    } catch (e) {
      showError(e);
    }
  }

  async function hold() {
    const current = cartRef.current;
    if (!current || current.lines.length === 0) return;
    const fresh = await holdCart(db, current);
    cartRef.current = fresh;
    setCartState(fresh);
    setSelected(-1);
    setNotice({ kind: 'info', text: t('Keranjang ditahan. Panggil lagi dengan F8.', 'Cart held. Recall it with F8.') });
    await refreshLists();
  }

  async function recall(id: string) {
    const current = cartRef.current;
    if (!current) return;
    const back = await recallCart(db, current, id);
    cartRef.current = back;
    setCartState(back);
    setSelected(back.lines.length - 1);
    setModal(null);
    setNotice({ kind: 'info', text: t('Keranjang dipanggil kembali.', 'Cart recalled.') });
    await refreshLists();
  }

  function removeSelected() {
    const current = cartRef.current;
    if (!current || sel < 0) return;
    const name = current.lines[sel]?.name ?? '';
    setCart(removeLine(current, sel));
    setSelected(Math.min(sel, current.lines.length - 2));
    setNotice({ kind: 'info', text: t(`${name} dihapus dari keranjang.`, `${name} removed from the cart.`) });
  }

  async function pay(payments: Payment[], approval?: Approval) {
    const current = cartRef.current;
    if (!current || payBusy) return;
    setPayBusy(true);
    setPayError(null);
    const input = { ...commitInput(current, payments, shift?.shiftId ?? null), ...(approval ? { approval } : {}) };
    const cashPaid = payments.filter((p) => p.method === 'cash').reduce((n, p) => n + p.amount, 0);
    const nonCash = payments.filter((p) => p.method !== 'cash').reduce((n, p) => n + p.amount, 0);
    const expectedChange = Math.max(0, cashPaid - Math.max(0, total - nonCash));
    try {
      const { entry, next } = await moveCartToOutbox(db, current, input);
      cartRef.current = next;
      setCartState(next);
      setSelected(-1);
      const outcome = await sendEntry(db, api, entry);
      if (outcome.kind === 'rejected') {
        const back = await restoreFromOutbox(db, entry.id, cartRef.current);
        if (back) {
          cartRef.current = back;
          setCartState(back);
          setSelected(back.lines.length - 1);
        }
        const e = outcome.error;
        if (e.code === 'APPROVAL_REQUIRED') {
          // Say which rule asked, then how to go on.
          const first = typeof e.params.first === 'string' ? err({ code: e.params.first, params: e.params }) : '';
          setNeedsApproval(true);
          setPayError(`${first} ${err(e)}`.trim());
        } else setPayError(err(e));
        return;
      }
      const result = outcome.kind === 'done' ? outcome.result : null;
      const change = result ? result.change : expectedChange;
      if (result) setLastSale({ saleId: result.saleId, receiptNo: result.receiptNo, change, total: result.total });
      setNotice(null);
      setNeedsApproval(false);
      setModal({ kind: 'done', done: { saleId: entry.id, total, change, result } });
    } catch (e) {
      setPayError(err(e));
    } finally {
      setPayBusy(false);
      await refreshLists();
    }
  }

  function onScreenKey(e: ReactKeyboardEvent<HTMLDivElement> | KeyboardEvent) {
    if (modalRef.current) return;
    if (e.altKey && altActions[e.key.toLowerCase()]) {
      e.preventDefault();
      altActions[e.key.toLowerCase()]!.run();
      return;
    }
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      if (!action.disabled) action.run();
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected((s) => {
        const from = s >= 0 && s < lines.length ? s : lines.length - 1;
        return Math.max(0, Math.min(lines.length - 1, from + (e.key === 'ArrowDown' ? 1 : -1)));
      });
    } else if (e.key === 'Delete' && lines.length > 0 && !scanText) {
      e.preventDefault();
      removeSelected();
    }
  }
  const onScreenKeyRef = useRef(onScreenKey);
  onScreenKeyRef.current = onScreenKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onScreenKeyRef.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // --- render ------------------------------------------------------------------------------
  if (shift === undefined || !cart) return <main className="center-page" aria-busy="true">{t('Memuat kasir…', 'Loading the counter…')}</main>;
  if (shift === null)
    return (
      <>
        {shiftError && <p role="alert" className="error">{shiftError}</p>}
        <ShiftOpen
          terminal={terminal}
          onOpened={(s, name) => {
            setShift(s);
            setTerminal(name);
            setShiftError(null);
          }}
        />
      </>
    );

  const closeModal = () => {
    setModal(null);
    focusScan();
  };
  const pending = waiting.filter((w) => w.status === 'pending').length;
  const rejected = waiting.filter((w) => w.status === 'rejected').length;
  const sphp = sphpPacks(cart);
  const catName = (c: keyof typeof CATEGORY_NAMES) => CATEGORY_NAMES[c][lang === 'id' ? 0 : 1];

  return (
    <div className="pos">
      <div className="pos-status" role="region" aria-label={t('Status kasir', 'Counter status')}>
        <span>{info?.outletName ?? 'Gerai KKMP'}</span>
        <span>
          {t('Terminal', 'Terminal')} <strong>{shift.terminal}</strong>
        </span>
        <span aria-label={t('Shift', 'Shift')}>
          {t('Shift dibuka', 'Shift opened')} {dateTime(shift.openedAt)} · {shift.username}
        </span>
        <span>{t('Kasir', 'Cashier')}: <strong>{user?.displayName}</strong></span>
        {pending > 0 && (
          <button type="button" className="pill warn" onClick={() => setModal({ kind: 'waiting' })}>
            ⏳ {t(`${pending} transaksi menunggu server`, `${pending} sale(s) waiting for the server`)}
          </button>
        )}
        {rejected > 0 && (
          <button type="button" className="pill bad" onClick={() => setModal({ kind: 'waiting' })}>
            ⚠ {t(`${rejected} transaksi ditolak`, `${rejected} sale(s) refused`)}
          </button>
        )}
        {held.length > 0 && <span className="pill">{t(`${held.length} keranjang ditahan`, `${held.length} held cart(s)`)}</span>}
      </div>

      <div className="pos-main">
        <section className="pos-left" aria-label={t('Keranjang', 'Cart')}>
          <form onSubmit={submitScan} className="scan-form">
            <label htmlFor="scan-input" className="scan-label">{t('Pindai barcode, atau ketik kode / nama barang lalu Enter', 'Scan a barcode, or type a code / name and press Enter')}</label>
            <input
              id="scan-input"
              data-wedge="own"
              ref={scanRef}
              className="scan-input"
              autoComplete="off"
              value={scanText}
              onChange={(e) => setScanText(e.target.value)}
              placeholder={t('Pindai atau ketik…', 'Scan or type…')}
            />
          </form>
          <div className="cart-wrap">
            <table className="cart" aria-label={t('Daftar belanja', 'Items')}>
              <thead>
                <tr>
                  <th className="num">#</th>
                  <th>{t('Barang', 'Item')}</th>
                  <th className="num">{t('Jumlah', 'Qty')}</th>
                  <th className="num">{t('Harga', 'Price')}</th>
                  <th className="num">{t('Subtotal', 'Subtotal')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr key={l.key} aria-selected={i === sel} className={i === sel ? 'selected' : undefined} onClick={() => setSelected(i)} ref={i === sel ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}>
                    <td className="num">{i + 1}</td>
                    <td>
                      <div className="line-name">{l.name}</div>
                      {l.note && <div className="line-note">{l.note}</div>}
                    </td>
                    <td className="num">{qty(l.qtyMilli, l.soldBy)} {l.soldBy === 'weight' ? 'kg' : l.unit}</td>
                    <td className="num">{rupiah(l.unitPrice)}{l.soldBy === 'weight' ? '/kg' : ''}</td>
                    <td className="num strong">{rupiah(lineAmount(l))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {lines.length === 0 && (
              <p className="empty-cart">
                {lastSale
                  ? t(`Transaksi terakhir ${lastSale.receiptNo}: kembalian ${rupiah(lastSale.change)}. Silakan pindai barang berikutnya.`, `Last sale ${lastSale.receiptNo}: change ${rupiah(lastSale.change)}. Scan the next item.`)
                  : t('Keranjang kosong. Pindai barang untuk mulai.', 'The cart is empty. Scan an item to start.')}
              </p>
            )}
          </div>
        </section>

        <aside className="pos-right" aria-label={t('Ringkasan', 'Summary')}>
          <div className="total-box">
            <span>{t('TOTAL', 'TOTAL')}</span>
            <strong aria-label={t('Total belanja', 'Total')}>{rupiah(total)}</strong>
            <small>{t(`${itemCount(cart)} barang · ${lines.length} baris`, `${itemCount(cart)} items · ${lines.length} lines`)}</small>
          </div>
          <div className="member-box" aria-label={t('Anggota', 'Member')}>
            {cart.member ? (
              <>
                <span className="muted">{t('Anggota', 'Member')}</span> <strong>{cart.member.name}</strong> <span className="muted">{cart.member.code}</span>
              </>
            ) : (
              <span className="muted">{t('Bukan anggota (F4 untuk anggota)', 'No member (F4 to attach)')}</span>
            )}
          </div>
          {info?.sphpMaxPacks != null && sphp > 0 && (
            <p className={sphp >= info.sphpMaxPacks ? 'warning' : 'hint'} role="status">
              {t(`Beras SPHP: ${sphp} dari maks ${info.sphpMaxPacks} kemasan per transaksi.`, `Beras SPHP: ${sphp} of at most ${info.sphpMaxPacks} packs per sale.`)}
            </p>
          )}
          {lines.some((l) => l.extra?.lpgBuyerId) && (
            <p className="hint">
              {t('LPG 3 kg untuk', 'LPG 3 kg for')} {[...new Set(lines.filter((l) => l.extra?.lpgBuyerId).map((l) => l.note?.split(' · ')[0]))].join(', ')}
            </p>
          )}
          <div className="notice-area">
            {notice?.kind === 'error' && <p role="alert" className="error">{notice.text}</p>}
            {notice && notice.kind !== 'error' && <p role="status" className={notice.kind === 'ok' ? 'okmsg' : 'info'}>{notice.text}</p>}
          </div>
          <div className="more-actions" aria-label={t('Tindakan lain', 'More actions')}>
            {Object.entries(altActions).map(([key, a]) => (
              <button key={key} type="button" onClick={a.run}>
                <kbd>Alt+{key.toUpperCase()}</kbd>{a.label}
              </button>
            ))}
          </div>
        </aside>
      </div>

      <nav className="fkeys" aria-label={t('Tombol fungsi', 'Function keys')}>
        {Object.entries(actions).map(([key, a]) => (
          <button key={key} type="button" onClick={a.run} disabled={a.disabled} className={key === 'F10' ? 'primary' : undefined}>
            <kbd>{key}</kbd>
            {a.label}
          </button>
        ))}
      </nav>

      {modal?.kind === 'search' && (
        <SearchDialog
          initial={modal.query}
          search={async (q) => (cache.size > 0 ? cache.search(q) : api.call<CatalogItem[]>('catalog.search', { query: q, limit: 20 }))}
          onPick={(item) => {
            setModal(null);
            addItem(item, null);
            focusScan();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'qty' && lines[modal.index] && (
        <QtyDialog
          name={lines[modal.index]!.name}
          soldBy={lines[modal.index]!.soldBy}
          unitPrice={lines[modal.index]!.unitPrice}
          current={lines[modal.index]!.qtyMilli}
          onDone={(q) => {
            const line = cart.lines[modal.index]!;
            if (line.subsidyProgram === 'SPHP' && line.soldBy === 'piece') {
              const refusal = sphpRefusal(removeLine(cart, modal.index), q / 1000);
              if (refusal) return setNotice({ kind: 'error', text: err(refusal) }), closeModal();
            }
            setCart(setQty(cart, modal.index, q));
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'weigh' && (
        <QtyDialog
          name={modal.item.name}
          soldBy="weight"
          unitPrice={modal.item.price ?? 0}
          current={null}
          onDone={(q) => {
            putLine(modal.item, q);
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'member' && (
        <MemberDialog
          current={cart.member}
          onPick={(m) => {
            attachMember(m);
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'lpg' && (
        <LpgDialog
          item={modal.item}
          alreadyInCart={inCartFor}
          onAdd={(pick: LpgPick) => {
            const note = `NIK ${pick.buyer.nikMasked} · ${catName(pick.buyer.category)} · ${pick.emptyReturned ? t('tabung kosong kembali', 'empty returned') : t('tanpa tabung kosong', 'no empty returned')}`;
            putLine(modal.item, 1000, { lpgBuyerId: pick.buyer.id, emptyReturned: pick.emptyReturned }, note);
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'pay' && <PaymentDialog total={total} busy={payBusy} error={payError} needsApproval={needsApproval} onPay={(p, a) => void pay(p, a)} onClose={closeModal} />}
      {modal?.kind === 'done' && <SaleDoneDialog done={modal.done} onClose={closeModal} />}
      {modal?.kind === 'held' && <HeldDialog carts={held} onRecall={(id) => void recall(id).then(focusScan)} onClose={closeModal} />}
      {modal?.kind === 'reversal' && (
        <ReversalDialog
          kind={modal.reversal}
          lastReceiptNo={lastSale?.receiptNo ?? null}
          shiftId={shift.shiftId}
          onDone={(message) => {
            setNotice({ kind: 'ok', text: message });
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'close' && (
        <CloseShiftDialog
          shift={shift}
          onClosed={() => {
            setModal(null);
            setShift(null);
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'drawer' && (
        <DrawerDialog
          onDone={(message) => {
            setNotice({ kind: 'ok', text: message });
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
      {modal?.kind === 'waiting' && (
        <WaitingDialog
          entries={waiting}
          onRetry={async () => {
            const r = await flushOutbox(db, api);
            await refreshLists();
            return r;
          }}
          onRestore={async (id) => {
            const back = await restoreFromOutbox(db, id, cartRef.current);
            if (back) {
              cartRef.current = back;
              setCartState(back);
              setSelected(back.lines.length - 1);
            }
            await refreshLists();
            closeModal();
          }}
          onClose={closeModal}
        />
      )}
    </div>
  );
}
