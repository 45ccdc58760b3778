// Who changes a setting in the rules editor (the settings screen and `kkmp settings set`). The
// koperasi changes its own choices (source adart or outlet). A regulation is the regulator's: the
// HET from the dinas, Pertamina's allocation and MAP rules are shown read-only with their source and
// arrive by a migration or from the pusat. Some regulated settings the koperasi applies to itself:
// its own registration numbers and PKP status, the purchase limits it enforces at its counter
// (docs/domain/lpg-3kg.md: the limits are stated as maxima and the outlet may be stricter), the
// profile it switches on, and the SHU shares its RAT decides within the rule. Those are listed here.
import type { SettingDef } from './define';
import { settingsRegistry, type SettingKey } from './index';

const KOPERASI_APPLIES = new Set<SettingKey>([
  'outlet.badan_hukum_no',
  'outlet.nib',
  'outlet.npwp',
  'tax.is_pkp',
  'books.tax.final_on_turnover',
  'scan.weight_layouts',
  'lpg3.allow_register_nelayan_petani_locally',
  'lpg3.max_qty_per_transaction.RUMAH_TANGGA',
  'lpg3.max_qty_per_transaction.RUMAH_TANGGA.mode',
  'lpg3.max_transactions_per_nik_per_day',
  'lpg3.max_transactions_per_nik_per_day.mode',
  'lpg3.max_qty_per_nik_per_day',
  'lpg3.max_qty_per_nik_per_day.mode',
  'lpg3.max_qty_per_nik_per_month',
  'lpg3.max_qty_per_nik_per_month.mode',
  'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA',
  'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode',
  'sphp.max_packs_per_buyer',
  'sphp.per_day_check',
  'minyakita.max_liters_per_person_per_day',
  'minyakita.max_liters_per_person_per_day.mode',
  'shu.village_share_on',
  'shu.village_share_pct',
  'shu.withholding_pct',
]);

export function koperasiOwns(key: SettingKey): boolean {
  const d: SettingDef = settingsRegistry[key];
  return d.source.kind !== 'regulation' || KOPERASI_APPLIES.has(key);
}
