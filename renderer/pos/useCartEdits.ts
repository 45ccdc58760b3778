// What the cashier does to the cart: add a product (asking for a weight or an LPG buyer first when
// needed), change a quantity, remove a line, attach a member, hold and recall. The SPHP pack limit
// is checked here already so the cashier hears it at the scan, not only at payment.
import { useCallback, type RefObject } from 'react';
import type { CatalogItem } from '../../shared/api/catalog';
import type { CounterInfo } from '../../shared/api/pos';
import type { ErrorPayload } from '../../shared/errors';
import { useI18n } from '../lib/i18n';
import { holdCart, recallCart, type Cart, type CartMember, type PosDb } from '../lib/store';
import { addLine, lineOf, removeLine, setQty, sphpPacks } from './cartOps';
import type { ModalState, Notice } from './posModal';

interface CartEditDeps {
  db: PosDb;
  cartRef: RefObject<Cart | null>;
  setCart(next: Cart): void;
  showCart(next: Cart, select: number): void;
  setSelected(index: number): void;
  info: CounterInfo | null;
  setNotice(notice: Notice): void;
  setModal(next: ModalState | null): void;
  refreshLists(): Promise<void>;
}

export function useCartEdits({ db, cartRef, setCart, showCart, setSelected, info, setNotice, setModal, refreshLists }: CartEditDeps) {
  const { t, err } = useI18n();
  const limit = info?.sphpMaxPacks ?? null;

  const sphpRefusal = useCallback(
    (current: Cart, extraPacks: number): ErrorPayload | null => {
      if (limit === null) return null;
      const requested = sphpPacks(current) + extraPacks;
      return requested > limit ? { code: 'SPHP_MAX_PACKS', params: { limit, requested } } : null;
    },
    [limit],
  );

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
    [cartRef, setCart, setSelected, setNotice, sphpRefusal, err],
  );

  /** A product found by scan, search or code. */
  const addItem = useCallback(
    (item: CatalogItem, qtyMilli: number | null) => {
      if (item.price === null) return setNotice({ kind: 'error', text: err({ code: 'PRICE_MISSING', params: { name: item.name } }) });
      if (item.subsidyProgram === 'LPG3' && item.lpgKind !== 'empty') return setModal({ kind: 'lpg', item });
      if (item.soldBy === 'weight' && qtyMilli === null) return setModal({ kind: 'weigh', item });
      putLine(item, qtyMilli ?? 1000);
    },
    [putLine, setNotice, setModal, err],
  );

  /** A new quantity for line `index`, unless the SPHP limit refuses it (the notice says why). */
  const changeQty = (index: number, qtyMilli: number) => {
    const current = cartRef.current;
    const line = current?.lines[index];
    if (!current || !line) return;
    if (line.subsidyProgram === 'SPHP' && line.soldBy === 'piece') {
      const refusal = sphpRefusal(removeLine(current, index), qtyMilli / 1000);
      if (refusal) return setNotice({ kind: 'error', text: err(refusal) });
    }
    setCart(setQty(current, index, qtyMilli));
  };

  const attachMember = useCallback(
    (member: CartMember | null) => {
      const current = cartRef.current;
      if (!current) return;
      setCart({ ...current, member });
      setNotice(member ? { kind: 'ok', text: t(`Anggota: ${member.name}`, `Member: ${member.name}`) } : null);
    },
    [cartRef, setCart, setNotice, t],
  );

  function removeAt(index: number) {
    const current = cartRef.current;
    if (!current || index < 0) return;
    const name = current.lines[index]?.name ?? '';
    setCart(removeLine(current, index));
    setSelected(Math.min(index, current.lines.length - 2));
    setNotice({ kind: 'info', text: t(`${name} dihapus dari keranjang.`, `${name} removed from the cart.`) });
  }

  async function hold(label: string) {
    const current = cartRef.current;
    if (!current || current.lines.length === 0) return;
    showCart(await holdCart(db, current, label), -1);
    setNotice({ kind: 'info', text: t('Keranjang ditahan. Panggil lagi dengan F8.', 'Cart held. Recall it with F8.') });
    await refreshLists();
  }

  async function recall(id: string) {
    const current = cartRef.current;
    if (!current) return;
    const back = await recallCart(db, current, id);
    showCart(back, back.lines.length - 1);
    setModal(null);
    setNotice({ kind: 'info', text: t('Keranjang dipanggil kembali.', 'Cart recalled.') });
    await refreshLists();
  }

  return { putLine, addItem, changeQty, attachMember, removeAt, hold, recall };
}
