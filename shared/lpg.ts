// LPG 3 kg buyer categories and what the counter screen gets back about a buyer (never a full NIK).
export const LPG_CATEGORIES = ['RUMAH_TANGGA', 'USAHA_MIKRO', 'NELAYAN_SASARAN', 'PETANI_SASARAN'] as const;
export type LpgCategory = (typeof LPG_CATEGORIES)[number];

/** Nelayan/petani sasaran come from the government's conversion-package data: import only. */
export const IMPORT_ONLY_CATEGORIES: readonly LpgCategory[] = ['NELAYAN_SASARAN', 'PETANI_SASARAN'];

export type LimitMode = 'hard' | 'soft' | 'off';

export interface LimitUse {
  /** What is counted: tabung, or purchases (transactions) for the daily purchase count. */
  unit: 'tabung' | 'transaksi';
  used: number;
  limit: number | null;
  /** null when there is no limit (limit null or mode off). */
  remaining: number | null;
  mode: LimitMode;
}

export interface LpgBuyerView {
  id: string;
  nikMasked: string;
  kkMasked: string;
  name: string;
  address: string | null;
  rt: string | null;
  rw: string | null;
  kelurahan: string | null;
  category: LpgCategory;
  nib: string | null;
  businessName: string | null;
  businessType: string | null;
  isPengecer: boolean;
  source: 'counter' | 'import';
  status: 'active' | 'blocked';
}

export interface LpgBuyerLimits {
  date: string;
  month: string;
  perTransaction: LimitUse;
  dayTransactions: LimitUse;
  dayQty: LimitUse;
  nikMonth: LimitUse;
  kkMonth: LimitUse;
}
