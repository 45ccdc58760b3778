// Arrow keys in a search field move the highlighted hit of the list under it, kept inside the list.
import type { Dispatch, KeyboardEvent, SetStateAction } from 'react';

/** True when the key was an arrow and moved the cursor; the caller handles the other keys. */
export function moveListCursor(e: KeyboardEvent, count: number, setActive: Dispatch<SetStateAction<number>>): boolean {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false;
  e.preventDefault();
  setActive((a) => (e.key === 'ArrowDown' ? Math.min(a + 1, count - 1) : Math.max(a - 1, 0)));
  return true;
}
