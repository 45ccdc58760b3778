// A dialog the cashier works in with the keyboard: focus moves in on open (first [data-autofocus]
// or the first field), Tab stays inside, Esc backs out.
import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

export function Modal(props: {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  /** When it changes (a new step inside the dialog), focus moves again to the step's first field. */
  focusKey?: string;
  onKeyDown?(e: KeyboardEvent<HTMLDivElement>): void;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const first =
      el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('input, select, textarea') ?? el.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, [props.focusKey]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
      return;
    }
    if (e.key === 'Tab' && box.current) {
      const items = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE));
      if (items.length === 0) return;
      const first = items[0]!;
      const last = items[items.length - 1]!;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
    props.onKeyDown?.(e);
  }

  return (
    <div className="modal-backdrop">
      <div ref={box} className={`modal-box${props.wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}
