// Codes reach the cart three ways: the scan field (typed or scanned into it), a keyboard-wedge
// scanner typing anywhere on the page, and a HID-POS or serial scanner read by the host (an
// event). Dialogs that read their own input (search, member, LPG...) keep the scans typed into
// them. Two dialogs never read codes: the payment dialog (a scan typed into the cash field must
// never become a tender, issue 15 item 4) and "Transaksi selesai" (the next customer's first item
// starts the next sale, as Moka and Majoo do, item 6); a scan there closes them and goes to the cart.
import { useEffect, useEffectEvent, useState, type FormEvent, type RefObject } from 'react';
import type { CatalogItem } from '../../shared/api/catalog';
import { ApiError } from '../lib/api';
import type { CatalogCache } from '../lib/catalogCache';
import { useI18n } from '../lib/i18n';
import { useApi, useHostEvents } from '../lib/session';
import type { CartMember } from '../lib/store';
import { attachWedgeScanner } from '../lib/wedgeScanner';
import type { ModalState, Notice } from './posModal';

interface ScannerDeps {
  cache: CatalogCache;
  catalogReady: boolean;
  modalRef: RefObject<ModalState | null>;
  setModal(next: ModalState | null): void;
  setNotice(notice: Notice): void;
  addItem(item: CatalogItem, qtyMilli: number | null): void;
  putLine(item: CatalogItem, qtyMilli: number): void;
  attachMember(member: CartMember | null): void;
}

/** Whether a scan goes to the cart with this dialog open (see the header). */
function readsScans(modal: ModalState | null): boolean {
  return modal === null || modal.kind === 'pay' || modal.kind === 'done';
}

export function useScanner({ cache, catalogReady, modalRef, setModal, setNotice, addItem, putLine, attachMember }: ScannerDeps) {
  const api = useApi();
  const { t, err } = useI18n();
  const [scanText, setScanText] = useState('');

  /** A scanned or typed code: the memory cache first, then the host (cache still loading), then a
   * member card. True when it found a product or a member (a notice may still refuse the product). */
  async function handleCode(code: string, typed: boolean): Promise<boolean> {
    const hit = cache.lookup(code);
    if ('item' in hit) return (addItem(hit.item, hit.qtyMilli), true);
    if (hit.error === 'SCAN_CHECK_DIGIT') return (setNotice({ kind: 'error', text: err({ code: 'SCAN_CHECK_DIGIT', params: { code } }) }), false);
    try {
      const found = await api.catalog.lookup({ code });
      return (addItem(found.item, found.qtyMilli), true);
    } catch (e) {
      if (e instanceof ApiError && e.offline) return (setNotice({ kind: 'error', text: err(e) }), false);
    }
    try {
      const member = await api.members.find({ code });
      return (attachMember({ id: member.id, name: member.name, code: member.memberNo }), true);
    } catch {
      // not a member card either
    }
    if (typed && /\D/.test(code)) return (setModal({ kind: 'search', query: code }), false);
    setNotice({ kind: 'error', text: err({ code: 'SCAN_UNKNOWN', params: { code } }) });
    return false;
  }

  /** A scan with the payment or done dialog open closes it and goes to the cart; after an
   * interrupted payment the kasir is told the code was an item, not money. */
  async function scanOverDialog(code: string) {
    const from = modalRef.current?.kind;
    if (from === 'pay' || from === 'done') setModal(null);
    const found = await handleCode(code, false);
    if (found && from === 'pay')
      setNotice({
        kind: 'info',
        text: t(
          'Barcode terbaca di kolom pembayaran: barangnya masuk keranjang, bukan sebagai uang diterima. Tekan F10 untuk membayar lagi.',
          'A barcode was read in the payment field: the item went into the cart, not into cash received. Press F10 to pay again.',
        ),
      });
  }

  const onWedgeScan = useEffectEvent((code: string) => {
    setScanText('');
    void scanOverDialog(code);
  });
  const onWedgeInvalid = useEffectEvent((code: string) => {
    const from = modalRef.current?.kind;
    if (from === 'pay' || from === 'done') setModal(null);
    setNotice({ kind: 'error', text: err({ code: 'SCAN_CHECK_DIGIT', params: { code } }) });
  });
  useEffect(() => attachWedgeScanner(window, { enabled: () => readsScans(modalRef.current), onScan: onWedgeScan, onInvalid: onWedgeInvalid }), [modalRef]);

  useHostEvents((event) => {
    if (event.type === 'scan' && readsScans(modalRef.current)) void scanOverDialog(event.payload.code);
  });

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

  return { scanText, setScanText, submitScan, scanOverDialog };
}
