// Codes reach the cart three ways: the scan field (typed or scanned into it), a keyboard-wedge
// scanner typing anywhere on the page, and a HID-POS or serial scanner read by the host (an
// event). All of them are ignored while a dialog is open.
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

export function useScanner({ cache, catalogReady, modalRef, setModal, setNotice, addItem, putLine, attachMember }: ScannerDeps) {
  const api = useApi();
  const { err } = useI18n();
  const [scanText, setScanText] = useState('');

  /** A scanned or typed code: the memory cache first, then the host (cache still loading), then a member card. */
  async function handleCode(code: string, typed: boolean) {
    const hit = cache.lookup(code);
    if ('item' in hit) return addItem(hit.item, hit.qtyMilli);
    if (hit.error === 'SCAN_CHECK_DIGIT') return setNotice({ kind: 'error', text: err({ code: 'SCAN_CHECK_DIGIT', params: { code } }) });
    try {
      const found = await api.catalog.lookup({ code });
      return addItem(found.item, found.qtyMilli);
    } catch (e) {
      if (e instanceof ApiError && e.offline) return setNotice({ kind: 'error', text: err(e) });
    }
    try {
      const member = await api.members.find({ code });
      return attachMember({ id: member.id, name: member.name, code: member.memberNo });
    } catch {
      // not a member card either
    }
    if (typed && /\D/.test(code)) return setModal({ kind: 'search', query: code });
    setNotice({ kind: 'error', text: err({ code: 'SCAN_UNKNOWN', params: { code } }) });
  }

  const onWedgeScan = useEffectEvent((code: string) => {
    setScanText('');
    void handleCode(code, false);
  });
  const onWedgeInvalid = useEffectEvent((code: string) => setNotice({ kind: 'error', text: err({ code: 'SCAN_CHECK_DIGIT', params: { code } }) }));
  useEffect(
    () => attachWedgeScanner(window, { enabled: () => modalRef.current === null, onScan: onWedgeScan, onInvalid: onWedgeInvalid }),
    [modalRef],
  );

  useHostEvents((event) => {
    if (event.type === 'scan' && !modalRef.current) void handleCode(event.payload.code, false);
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

  return { scanText, setScanText, submitScan };
}
