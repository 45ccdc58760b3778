// Buku kas rules, pure: which accounts a kas masuk / kas keluar may name, what it posts, and what
// a nota photo must be. Signed parts as in posting.ts (positive = debit).
import { ACCOUNTS, type Part } from './posting';

export type CashDirection = 'in' | 'out';
export type CashPlace = 'counter' | 'office';

/** Largest nota photo kept, in bytes: a phone photo resized for reading, not an archive scan. */
export const NOTA_PHOTO_MAX_BYTES = 1024 * 1024;
export const NOTA_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type NotaPhotoType = (typeof NOTA_PHOTO_TYPES)[number];

/** The type the bytes really are (their signature), whatever the file was called. */
export function sniffImage(bytes: Uint8Array): NotaPhotoType | null {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** A category is a pendapatan or beban account; cost of goods and the differences the system
 * books itself (selisih kas, selisih persediaan) are not typed by hand. */
export const SYSTEM_ONLY_ACCOUNTS: readonly string[] = [ACCOUNTS.hpp, ACCOUNTS.selisihKas, ACCOUNTS.selisihPersediaan];

/** Kas masuk debits the cash account and credits the category; kas keluar the other way. */
export function cashEntryPosting(f: { direction: CashDirection; cashAccount: string; category: string; amount: number }): Part[] {
  const signed = f.direction === 'in' ? f.amount : -f.amount;
  return [
    [f.cashAccount, signed],
    [f.category, -signed],
  ];
}
