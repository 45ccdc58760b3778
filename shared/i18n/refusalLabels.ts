// Short names of the rules that refuse a sale at the counter, for the pusat's "refusals by rule"
// (the cashier's own messages, with their numbers, are in lpgMessages and salesMessages).
const RULES: Record<string, { id: string; en: string }> = {
  PRICE_ABOVE_HET: { id: 'Harga di atas HET', en: 'Price above HET' },
  LPG_BUYER_NOT_REGISTERED: { id: 'Pembeli LPG belum terdaftar', en: 'LPG buyer not registered' },
  LPG_BUYER_REQUIRED: { id: 'LPG tanpa pembeli', en: 'LPG without a buyer' },
  LPG_BUYER_BLOCKED: { id: 'Pembeli LPG diblokir', en: 'LPG buyer blocked' },
  LPG_BUYER_PENGECER: { id: 'Pengecer (dilarang)', en: 'Retailer (not allowed)' },
  LPG_TX_LIMIT: { id: 'Batas tabung per transaksi', en: 'Tabung per transaction' },
  LPG_NIK_DAY_LIMIT: { id: 'Batas tabung per NIK per hari', en: 'Tabung per NIK per day' },
  LPG_NIK_DAY_TRANSACTIONS: { id: 'Batas transaksi per NIK per hari', en: 'Transactions per NIK per day' },
  LPG_NIK_MONTH_LIMIT: { id: 'Batas tabung per NIK per bulan', en: 'Tabung per NIK per month' },
  LPG_KK_MONTH_LIMIT: { id: 'Batas tabung per KK per bulan', en: 'Tabung per KK per month' },
  LPG_BUSINESS_PROHIBITED: { id: 'Usaha yang dilarang', en: 'Prohibited business' },
  LPG_STOCK_EMPTY: { id: 'Stok LPG habis', en: 'LPG out of stock' },
  LPG_NO_EMPTY_RETURNED: { id: 'Tanpa tabung kosong', en: 'No empty returned' },
  SPHP_MAX_PACKS: { id: 'Batas kemasan SPHP', en: 'SPHP packs per buyer' },
  SPHP_DAY_LIMIT: { id: 'Batas SPHP per hari', en: 'SPHP per day' },
  MINYAKITA_ABOVE_HET: { id: 'Minyakita di atas HET', en: 'Minyakita above HET' },
  MINYAKITA_DAY_LIMIT: { id: 'Batas Minyakita per hari', en: 'Minyakita per day' },
  MINYAKITA_BUNDLED: { id: 'Minyakita dibundel', en: 'Minyakita bundled' },
};

/** The rule's short name; an unknown code (a rule newer than this pusat) shows as itself. */
export function refusalRuleLabel(code: string, lang: 'id' | 'en' = 'id'): string {
  return RULES[code]?.[lang] ?? code;
}
