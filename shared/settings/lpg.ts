// LPG 3 kg at a sub-pangkalan (docs/domain/lpg-3kg.md): who may buy, the purchase limits with
// their modes, the HET, the outlet's allocation and MAP, and the rule profiles.
import { z } from 'zod';
import type { LpgCategory } from '../lpg';
import type { SettingDef } from './define';
import { Count, def, Flag, Limit, Mode, OUTLET_CHOICE, regulation, Rupiah } from './define';

const PERPRES = regulation('Perpres 104/2007 jo. 38/2019');
const KEPMEN_37K = regulation('Kepmen ESDM 37.K/MG.01/MEM.M/2023');
const PLAN_2026 = regulation('Rencana Pertamina/ESDM 2026 (belum berlaku)');
const MAP = regulation('Pertamina MerchantApps (MAP); Surat Dirjen Migas B-10509/MG.05/DJM/2023');

type LimitDefs<K extends string> = Record<K, SettingDef<typeof Limit>> & Record<`${K}.mode`, SettingDef<typeof Mode>>;

/** A limit and its mode: two settings, `key` and `key.mode`. */
function limit<K extends string>(
  key: K,
  value: number | null,
  mode: z.infer<typeof Mode>,
  what: { id: string; en: string },
  source: SettingDef['source'],
): LimitDefs<K> {
  const defs: Record<string, SettingDef> = {
    [key]: def(Limit, value, `Batas ${what.id} (null = tanpa batas).`, `Limit ${what.en} (null = no limit).`, source, true),
    [`${key}.mode`]: def(
      Mode,
      mode,
      `Cara batas ${what.id} ditegakkan: hard (ditolak), soft (PIN supervisor), off.`,
      `How the limit ${what.en} is enforced: hard (refused), soft (supervisor PIN), off.`,
      source,
      true,
    ),
  };
  // The two computed keys are exactly the two of the declared type.
  return defs as LimitDefs<K>;
}

const CATEGORY_WORDS: Record<LpgCategory, { id: string; en: string }> = {
  RUMAH_TANGGA: { id: 'rumah tangga', en: 'household' },
  USAHA_MIKRO: { id: 'usaha mikro', en: 'micro business' },
  NELAYAN_SASARAN: { id: 'nelayan sasaran', en: 'target fisher' },
  PETANI_SASARAN: { id: 'petani sasaran', en: 'target farmer' },
};

function perCategory<P extends string, C extends LpgCategory>(
  prefix: P,
  category: C,
  value: number | null,
  mode: z.infer<typeof Mode>,
  what: { id: string; en: string },
  source: SettingDef['source'],
) {
  const w = CATEGORY_WORDS[category];
  return limit(`${prefix}.${category}` as `${P}.${C}`, value, mode, { id: `${what.id} (${w.id})`, en: `${what.en} (${w.en})` }, source);
}

const PER_TX = { id: 'tabung per transaksi', en: 'cylinders per transaction' };
const KK_MONTH = { id: 'tabung per KK per bulan', en: 'cylinders per family card (KK) per month' };

/** The rule profiles a manager can switch on from a date. */
export const SUBSIDY_PROFILES = ['2025', '2026'] as const;
export type SubsidyProfile = (typeof SUBSIDY_PROFILES)[number];

/** A profile: the settings (key → value) it writes when activated. Each value is checked against its own setting when written. */
const ProfileValues = z.record(z.string(), z.json());

export const lpgSettings = {
  'lpg3.require_nik': def(
    Flag,
    true,
    'Setiap penjualan LPG 3 kg wajib NIK pembeli terdaftar.',
    'Every LPG 3 kg sale needs a registered buyer NIK.',
    regulation('Kepdirjen Migas 99.K/MG.05/DJM/2023'),
    true,
  ),
  'lpg3.usaha_mikro.require_nib': def(Flag, true, 'Pembeli usaha mikro wajib punya NIB.', 'Micro-business buyers need a NIB.', PERPRES, true),
  'lpg3.allow_register_nelayan_petani_locally': def(
    Flag,
    false,
    'Nelayan/petani sasaran boleh didaftarkan di gerai.',
    'Target fishers/farmers may be registered at the outlet.',
    KEPMEN_37K,
    true,
  ),
  'lpg3.one_registration_per_kk': def(Flag, true, 'Satu NIK terdaftar per kartu keluarga (KK).', 'One registered NIK per family card (KK).', KEPMEN_37K, true),
  ...perCategory('lpg3.max_qty_per_transaction', 'RUMAH_TANGGA', 1, 'hard', PER_TX, regulation('Pernyataan Menteri ESDM 4 Feb 2025')),
  ...perCategory('lpg3.max_qty_per_transaction', 'USAHA_MIKRO', 2, 'soft', PER_TX, OUTLET_CHOICE),
  ...perCategory('lpg3.max_qty_per_transaction', 'NELAYAN_SASARAN', null, 'off', PER_TX, OUTLET_CHOICE),
  ...perCategory('lpg3.max_qty_per_transaction', 'PETANI_SASARAN', null, 'off', PER_TX, OUTLET_CHOICE),
  ...limit('lpg3.max_transactions_per_nik_per_day', 1, 'soft', { id: 'transaksi per NIK per hari', en: 'transactions per NIK per day' }, PLAN_2026),
  ...limit('lpg3.max_qty_per_nik_per_day', 10, 'hard', { id: 'tabung per NIK per hari', en: 'cylinders per NIK per day' }, MAP),
  ...limit(
    'lpg3.max_qty_per_nik_per_month',
    15,
    'soft',
    { id: 'tabung per NIK per bulan', en: 'cylinders per NIK per month' },
    regulation('Pernyataan Dirjen Migas 4 Feb 2025'),
  ),
  ...perCategory('lpg3.max_qty_per_kk_per_month', 'RUMAH_TANGGA', 10, 'soft', KK_MONTH, PLAN_2026),
  ...perCategory('lpg3.max_qty_per_kk_per_month', 'USAHA_MIKRO', null, 'off', KK_MONTH, OUTLET_CHOICE),
  ...perCategory('lpg3.max_qty_per_kk_per_month', 'NELAYAN_SASARAN', null, 'off', KK_MONTH, OUTLET_CHOICE),
  ...perCategory('lpg3.max_qty_per_kk_per_month', 'PETANI_SASARAN', null, 'off', KK_MONTH, OUTLET_CHOICE),
  'lpg3.het_pangkalan': def(
    Rupiah,
    19000,
    'HET LPG 3 kg di pangkalan per tabung (Balikpapan).',
    'LPG 3 kg ceiling price at the pangkalan per cylinder (Balikpapan).',
    regulation('SK Gubernur Kaltim 500/K.572/2022'),
    true,
  ),
  'lpg3.subpangkalan_markup_max': def(
    Rupiah,
    0,
    'Tambahan harga sub-pangkalan di atas HET yang diizinkan.',
    'Sub-pangkalan markup allowed over the HET.',
    regulation('Pernyataan Dirjen Migas 4 Feb 2025 (belum diatur)'),
    true,
  ),
  'lpg3.block_price_above_ceiling': def(
    Flag,
    true,
    'Tolak harga LPG di atas HET + tambahan.',
    'Refuse an LPG price above HET + markup.',
    regulation('Sanksi Pertamina untuk pangkalan'),
    true,
  ),
  'lpg3.no_sale_to_pengecer': def(
    Flag,
    true,
    'Tidak menjual ke pengecer.',
    'No sales to retailers (pengecer).',
    regulation('SE Dirjen Migas B-570/MG.05/DJM/2025'),
    true,
  ),
  'lpg3.monthly_allocation': def(
    Count,
    250,
    'Alokasi tabung per bulan dari pangkalan/agen.',
    'Cylinders allocated per month by the pangkalan / agent.',
    regulation('Pertamina Patra Niaga Kalimantan, Okt-Nov 2025'),
    true,
  ),
  'lpg3.allocation_warn_pct': def(
    z.number().min(0).max(100),
    80,
    'Peringatan bila alokasi bulan ini terpakai sekian persen.',
    "Warn when this month's allocation is this percent used.",
    OUTLET_CHOICE,
    true,
  ),
  'lpg3.supplier_type': def(
    z.enum(['PANGKALAN', 'AGEN']),
    'PANGKALAN',
    'Pemasok LPG gerai: pangkalan atau agen.',
    "The outlet's LPG supplier: pangkalan or agent.",
    regulation('Pertamina RDP DPR 11 Feb 2026'),
    true,
  ),
  'lpg3.map_sync_required': def(
    Flag,
    true,
    'Tutup hari ditolak bila ada penjualan belum dicatat di MAP.',
    'Closing the day is refused while sales are not yet in MAP.',
    MAP,
    true,
  ),
  'lpg3.stock_gate': def(Flag, true, 'Tidak menjual melebihi tabung yang diterima.', 'No sales beyond the cylinders received.', MAP, true),
  'lpg3.cylinder_exchange.mode': def(
    Mode,
    'soft',
    'Isi ulang wajib tukar tabung kosong: hard, soft, off.',
    'A refill needs an empty cylinder back: hard, soft, off.',
    OUTLET_CHOICE,
    true,
  ),
  'lpg3.rules_2026_active': def(Flag, false, 'Aturan LPG 2026 berlaku.', 'The 2026 LPG rules are in force.', PLAN_2026, true),
  'subsidy.profile': def(z.enum(SUBSIDY_PROFILES), '2025', 'Profil aturan subsidi yang berlaku.', 'The subsidy rule profile in force.', PLAN_2026, true),
  'subsidy.profile.2025': def(
    ProfileValues,
    {
      'lpg3.max_transactions_per_nik_per_day': 1,
      'lpg3.max_transactions_per_nik_per_day.mode': 'soft',
      'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA': 10,
      'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode': 'soft',
      'lpg3.rules_2026_active': false,
      'sphp.max_packs_per_buyer': 2,
    },
    'Nilai yang ditulis profil 2025.',
    'The values the 2025 profile writes.',
    regulation('Aturan 2025 (docs/domain/lpg-3kg.md)'),
    true,
  ),
  'subsidy.profile.2026': def(
    ProfileValues,
    {
      'lpg3.max_transactions_per_nik_per_day': 1,
      'lpg3.max_transactions_per_nik_per_day.mode': 'hard',
      'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA': 10,
      'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode': 'hard',
      'lpg3.rules_2026_active': true,
      'sphp.max_packs_per_buyer': 5,
    },
    'Nilai yang ditulis profil 2026.',
    'The values the 2026 profile writes.',
    PLAN_2026,
    true,
  ),
};

type LpgKey = keyof typeof lpgSettings;
/** Every key that is a limit with a `.mode` beside it. */
export type LpgLimitKey = { [K in LpgKey]: `${K}.mode` extends LpgKey ? K : never }[LpgKey];
