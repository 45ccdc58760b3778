// The keyboard at the counter: F-keys for a normal sale, Alt+letter for the rarer actions, arrows to
// pick a line and Delete to remove it. Keys are heard on the whole window while no dialog is open.
import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ModalState } from './posModal';

export interface PosAction {
  label: string;
  run(): void;
  disabled?: boolean;
}

interface KeyDeps {
  modalRef: RefObject<ModalState | null>;
  actions: Record<string, PosAction>;
  altActions: Record<string, PosAction>;
  lineCount: number;
  /** Typed text in the scan field: Delete edits it instead of removing a line. */
  scanText: string;
  moveSelection(step: 1 | -1): void;
  removeSelected(): void;
}

export function usePosKeys({ modalRef, actions, altActions, lineCount, scanText, moveSelection, removeSelected }: KeyDeps) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (modalRef.current) return;
    const alt = e.altKey ? altActions[e.key.toLowerCase()] : undefined;
    if (alt) {
      e.preventDefault();
      alt.run();
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
      moveSelection(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Delete' && lineCount > 0 && !scanText) {
      e.preventDefault();
      removeSelected();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
