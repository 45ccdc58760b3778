// The open cart as React state, mirrored in a ref for handlers that run between renders (a scan
// arriving right after another), and saved to IndexedDB on every change so a crash loses nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { openCart, saveCart, type Cart, type PosDb } from '../lib/store';

export function useCart(db: PosDb) {
  const [cart, setCartState] = useState<Cart | null>(null);
  const [selected, setSelected] = useState(-1);
  const cartRef = useRef<Cart | null>(null);

  useEffect(() => {
    let alive = true;
    void openCart(db).then((c) => {
      if (!alive) return;
      cartRef.current = c;
      setCartState(c);
      setSelected(c.lines.length - 1);
    });
    return () => {
      alive = false;
    };
  }, [db]);

  /** A changed cart: shown and saved. */
  const setCart = useCallback(
    (next: Cart) => {
      cartRef.current = next;
      setCartState(next);
      void saveCart(db, next);
    },
    [db],
  );

  /** A cart the store has already written (held, recalled, moved to the outbox): only shown. */
  const showCart = useCallback((next: Cart, select: number) => {
    cartRef.current = next;
    setCartState(next);
    setSelected(select);
  }, []);

  return { cart, cartRef, selected, setSelected, setCart, showCart };
}
