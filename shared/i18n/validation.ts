// Why an input was refused, in words: zod's own messages are English developer text ("Too small:
// expected number to be >0") and must never reach a screen. The router keeps only the facts of
// the first issue (a rule, its limit, the field) as language-neutral params; this file turns them
// into Bahasa Indonesia or English when the message is shown.
import type { z } from 'zod';
import type { ErrorParams } from '../errors';
import type { Lang } from './errorMessages';
import { formatNumber } from './format';

type Words = readonly [id: string, en: string];

/** A refine() message in the contracts that names a rule (shared/api): its rule key. */
const CUSTOM_RULES: Record<string, string> = {
  positive: 'positive',
  'not zero': 'not_zero',
  'from <= to': 'order',
  'fromMonth <= toMonth': 'order',
  'skus or all': 'one_of',
  'productId or barcode': 'one_of',
};

/** The facts of one zod issue; `value` is what was sent at the issue's path (to tell empty from wrong). */
export function issueParams(issue: z.core.$ZodIssue, value: unknown): ErrorParams {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null || value === '') return { path, rule: 'required' };
      return { path, rule: issue.expected === 'int' ? 'whole' : 'type', expected: String(issue.expected) };
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.code === 'too_small' && issue.origin === 'string' && limit <= 1) return { path, rule: 'required' };
      return { path, rule: issue.code, origin: String(issue.origin), limit, inclusive: issue.inclusive !== false };
    }
    case 'invalid_format':
      return { path, rule: issue.message === 'percent' ? 'percent' : 'format' };
    case 'invalid_value':
    case 'invalid_union':
      return { path, rule: 'choice' };
    case 'not_multiple_of':
      return { path, rule: 'multiple', limit: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { path, rule: 'unknown_field', keys: issue.keys.join(', ') };
    case 'custom':
      return { path, rule: CUSTOM_RULES[issue.message] ?? (/tanggal|date/i.test(issue.message) ? 'date' : 'invalid') };
    default:
      return { path, rule: 'invalid' };
  }
}

/** A setting's new value refused by its own schema (SETTING_VALUE_REFUSED): the setting, with the
 * part of the value at fault (`shu.allocation.cadangan`), and the rule, put in words when shown. */
export function settingRefusalParams(key: string, issue: z.core.$ZodIssue, value: unknown): ErrorParams {
  const { path, ...facts } = issueParams(issue, valueAt(value, issue.path));
  return { ...facts, key: path ? `${key}.${String(path)}` : key };
}

/** The value found at a zod path inside the input, or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

const TYPES: Record<string, Words> = {
  number: ['angka', 'a number'],
  string: ['teks', 'text'],
  boolean: ['ya/tidak', 'yes/no'],
  array: ['daftar', 'a list'],
  object: ['data lengkap', 'a record'],
};

const UNITS: Record<string, Words> = {
  string: [' karakter', ' characters'],
  array: [' baris', ' lines'],
  set: [' baris', ' lines'],
};

/** The rule of INPUT_INVALID/OUTPUT_INVALID params in words: "harus lebih dari 0". */
export function ruleText(params: ErrorParams, lang: Lang): string {
  const i = lang === 'id' ? 0 : 1;
  const limit = typeof params.limit === 'number' ? formatNumber(params.limit, 3) : String(params.limit ?? '');
  const unit = UNITS[String(params.origin)]?.[i] ?? '';
  const inclusive = params.inclusive !== false;
  const words: Record<string, Words> = {
    required: ['wajib diisi', 'is required'],
    type: [`harus berupa ${TYPES[String(params.expected)]?.[0] ?? 'isian yang benar'}`, `must be ${TYPES[String(params.expected)]?.[1] ?? 'a valid entry'}`],
    whole: ['harus bilangan bulat', 'must be a whole number'],
    too_small: inclusive
      ? [`paling sedikit ${limit}${unit}`, `at least ${limit}${unit}`]
      : [`harus lebih dari ${limit}${unit}`, `must be more than ${limit}${unit}`],
    too_big: inclusive
      ? [`paling banyak ${limit}${unit}`, `at most ${limit}${unit}`]
      : [`harus kurang dari ${limit}${unit}`, `must be less than ${limit}${unit}`],
    positive: ['harus lebih dari 0', 'must be more than 0'],
    not_zero: ['tidak boleh nol', 'must not be zero'],
    format: ['bentuknya tidak sesuai', 'is not in the expected form'],
    percent: ['harus persen berupa angka, mis. 12,5', 'must be a percentage in figures, e.g. 12,5'],
    choice: ['bukan salah satu pilihan yang ada', 'is not one of the choices'],
    multiple: [`harus kelipatan ${limit}`, `must be a multiple of ${limit}`],
    unknown_field: [`ada isian yang tidak dikenal (${params.keys ?? ''})`, `has fields that are not known (${params.keys ?? ''})`],
    order: ['awal harus sebelum akhir', 'the start must come before the end'],
    one_of: ['isi salah satunya', 'fill in one of them'],
    date: ['harus tanggal yang nyata', 'must be a real date'],
    too_deep: ['datanya terlalu bertingkat', 'is nested too deeply'],
    json: ['bukan JSON yang benar', 'is not valid JSON'],
    range: [`harus di antara ${params.limit ?? ''}`, `must be within ${params.limit ?? ''}`],
  };
  return (words[String(params.rule)] ?? ['tidak valid', 'is not valid'])[i];
}

/** What the user calls the field at a contract path: `lines.0.qtyMilli` → "jumlah (baris 1)". */
const FIELDS: Record<string, Words> = {
  amount: ['Jumlah', 'Amount'],
  tendered: ['Uang diterima', 'Amount tendered'],
  qtyMilli: ['Jumlah', 'Quantity'],
  expectedMilli: ['Jumlah di dokumen', 'Document quantity'],
  countedMilli: ['Jumlah dihitung', 'Counted quantity'],
  damagedMilli: ['Jumlah rusak', 'Damaged quantity'],
  price: ['Harga', 'Price'],
  unitCost: ['Harga pokok', 'Unit cost'],
  pin: ['PIN', 'PIN'],
  username: ['Nama pengguna', 'User name'],
  displayName: ['Nama tampilan', 'Display name'],
  name: ['Nama', 'Name'],
  nik: ['NIK', 'NIK'],
  kkNo: ['No. KK', 'KK number'],
  nib: ['NIB', 'NIB'],
  phone: ['Telepon', 'Phone'],
  reason: ['Alasan', 'Reason'],
  title: ['Judul', 'Title'],
  docNo: ['No. dokumen', 'Document number'],
  supplier: ['Pemasok', 'Supplier'],
  sku: ['Kode', 'Code'],
  barcode: ['Barcode', 'Barcode'],
  from: ['Dari tanggal', 'From date'],
  to: ['Sampai tanggal', 'To date'],
  fromMonth: ['Dari bulan', 'From month'],
  toMonth: ['Sampai bulan', 'To month'],
  validFrom: ['Berlaku mulai', 'Valid from'],
  joinDate: ['Tanggal masuk', 'Join date'],
  deliveryDate: ['Tanggal', 'Date'],
  openingFloat: ['Modal awal', 'Opening float'],
  counted: ['Uang dihitung', 'Cash counted'],
  year: ['Tahun buku', 'Financial year'],
  surplus: ['SHU tahun berjalan', 'SHU of the year'],
  months: ['Jumlah bulan', 'Months'],
  reference: ['Referensi', 'Reference'],
  role: ['Peran', 'Role'],
  '--port': ['Port', 'Port'],
  model: ['Model printer', 'Printer model'],
};

export function fieldText(path: unknown, lang: Lang): string {
  const parts = String(path ?? '')
    .split('.')
    .filter(Boolean);
  const i = lang === 'id' ? 0 : 1;
  const leaf = [...parts].reverse().find((p) => !/^\d+$/.test(p));
  const row = parts.find((p) => /^\d+$/.test(p));
  // A field with no words of its own still gets a name a person can read, never its code.
  const words = leaf ? (FIELDS[leaf]?.[i] ?? (lang === 'id' ? 'Salah satu isian' : 'One of the fields')) : '';
  return row === undefined ? words : `${words} (${lang === 'id' ? 'baris' : 'line'} ${Number(row) + 1})`;
}

/** The whole finding: "Jumlah (baris 1) harus lebih dari 0"; a check over the whole input has no field. */
export function problemText(params: ErrorParams, lang: Lang): string {
  const field = fieldText(params.path, lang);
  const rule = ruleText(params, lang);
  return field ? `${field} ${rule}` : rule.charAt(0).toUpperCase() + rule.slice(1);
}
