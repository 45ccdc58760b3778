// Which dialog the cashier screen shows (one at a time) and the line of feedback under the total.
import { useCallback, useRef, useState } from 'react';
import type { CatalogItem } from '../../shared/api/catalog';
import type { ReversalKind } from './ReversalDialog';
import type { SaleDone } from './SaleDoneDialog';

export type ModalState =
  | { kind: 'search'; query: string }
  | { kind: 'qty'; index: number }
  | { kind: 'weigh'; item: CatalogItem }
  | { kind: 'member' }
  | { kind: 'lpg'; item: CatalogItem }
  | { kind: 'pay' }
  | { kind: 'done'; done: SaleDone }
  | { kind: 'hold' }
  | { kind: 'held' }
  | { kind: 'reversal'; reversal: ReversalKind }
  | { kind: 'close' }
  | { kind: 'waiting' }
  | { kind: 'drawer' }
  | { kind: 'kas' };

export type Notice = { kind: 'error' | 'ok' | 'info'; text: string } | null;

/** The open dialog, plus a ref that changes at once: keys typed before the dialog has rendered
 * must not reach the cart, and the scanners ask the ref whether a dialog is open. */
export function useModal() {
  const [modal, setModalState] = useState<ModalState | null>(null);
  const modalRef = useRef<ModalState | null>(null);
  const setModal = useCallback((next: ModalState | null) => {
    modalRef.current = next;
    setModalState(next);
  }, []);
  return { modal, modalRef, setModal };
}
