// The LPG 3 kg buyer register (Kepmen ESDM 37.K/2023): who may buy, by NIK. The NIK is sealed and
// found by its keyed hash, the KK number kept only as a keyed hash and its last four digits.
import { parse } from 'csv-parse/sync';
import { AppError, type ErrorParams } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { IMPORT_ONLY_CATEGORIES, type LpgBuyerLimits, type LpgBuyerView, type LpgCategory } from '../../../shared/lpg';
import { checkKk, checkNik, maskNik } from '../../../shared/nik';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { lookupHash, sealNik } from '../privacy/personalData';
import { outletToday, settingOn } from '../settings/settings';
import { limitUse, usageOf } from './quota';
import { lpgRuleSet } from './ruleSet';

export interface BuyerInput {
  nik: string;
  kk: string;
  name: string;
  address?: string | null;
  rt?: string | null;
  rw?: string | null;
  kelurahan?: string | null;
  phone?: string | null;
  category: LpgCategory;
  nib?: string | null;
  businessName?: string | null;
  businessType?: string | null;
  /** A code of lpg_business_categories; its prohibited flag decides, not the words of the name. */
  businessCategory?: string | null;
  isPengecer?: boolean;
}

export interface BuyerRow {
  id: string;
  nik_enc: string;
  nik_hash: string;
  nik_last4: string;
  kk_hash: string;
  kk_last4: string;
  name: string;
  address: string | null;
  rt: string | null;
  rw: string | null;
  kelurahan: string | null;
  category: LpgCategory;
  nib: string | null;
  business_name: string | null;
  business_type: string | null;
  is_pengecer: number;
  source: 'counter' | 'import';
  status: 'active' | 'blocked';
}

export interface Warning {
  code: string;
  params: ErrorParams;
}

/** The 16 digits of a NIK, or a refusal saying what is wrong with it. */
export function validNik(raw: string): string {
  const c = checkNik(raw);
  if (!c.ok) throw new AppError('LPG_NIK_INVALID', { problem: c.problem });
  return c.nik;
}

export function buyerView(r: BuyerRow): LpgBuyerView {
  return {
    id: r.id,
    nikMasked: maskNik(r.nik_last4),
    kkMasked: maskNik(r.kk_last4),
    name: r.name,
    address: r.address,
    rt: r.rt,
    rw: r.rw,
    kelurahan: r.kelurahan,
    category: r.category,
    nib: r.nib,
    businessName: r.business_name,
    businessType: r.business_type,
    isPengecer: r.is_pengecer === 1,
    source: r.source,
    status: r.status,
  };
}

export function buyerById(core: Core, id: string): BuyerRow | undefined {
  return core.db.prepare('SELECT * FROM lpg_buyers WHERE id = ?').get(id) as BuyerRow | undefined;
}

export function buyerByNik(core: Core, nik: string): BuyerRow | undefined {
  return core.db.prepare('SELECT * FROM lpg_buyers WHERE nik_hash = ?').get(lookupHash(core.keys, nik)) as BuyerRow | undefined;
}

function knownCategory(core: Core, text: string): string | null {
  const code = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return code && core.db.prepare('SELECT 1 FROM lpg_business_categories WHERE code = ?').get(code) ? code : null;
}

/** The business category of a usaha mikro; refused when unknown or prohibited (docs/domain/lpg-3kg.md). */
function checkBusinessCategory(core: Core, input: BuyerInput): string {
  const code = input.businessCategory!.trim().toUpperCase();
  const row = core.db.prepare('SELECT name, prohibited FROM lpg_business_categories WHERE code = ?').get(code) as
    { name: string; prohibited: number } | undefined;
  if (!row) throw new AppError('LPG_BUSINESS_CATEGORY_UNKNOWN', { code });
  if (row.prohibited) throw new AppError('LPG_BUSINESS_PROHIBITED', { businessType: input.businessName || input.businessType || input.name, rule: row.name });
  return code;
}

/** Checks and writes one buyer; the caller holds the transaction. Returns the id and any warnings. */
function insertBuyer(core: Core, input: BuyerInput, source: 'counter' | 'import', userId: string | null): { id: string; warnings: Warning[] } {
  const date = outletToday(core);
  const nik = validNik(input.nik);
  const kkCheck = checkKk(input.kk);
  if (!kkCheck.ok) throw new AppError('LPG_KK_INVALID');
  const kk = kkCheck.kk;
  if (source === 'counter' && IMPORT_ONLY_CATEGORIES.includes(input.category) && !settingOn(core, 'lpg3.allow_register_nelayan_petani_locally', date)) {
    throw new AppError('LPG_CATEGORY_IMPORT_ONLY', { category: input.category });
  }
  const nib = input.nib?.trim() || null;
  if (input.category === 'USAHA_MIKRO' && settingOn(core, 'lpg3.usaha_mikro.require_nib', date)) {
    if (!nib) throw new AppError('LPG_NIB_REQUIRED');
  }
  // OSS issues the NIB as 13 digits.
  if (nib && !/^\d{13}$/.test(nib)) throw new AppError('LPG_NIB_INVALID');
  const businessCategory = input.businessCategory?.trim() ? checkBusinessCategory(core, input) : null;
  const sealed = sealNik(core.keys, nik);
  if (core.db.prepare('SELECT 1 FROM lpg_buyers WHERE nik_hash = ?').get(sealed.hash)) throw new AppError('LPG_BUYER_EXISTS', { nik4: maskNik(sealed.last4) });
  const kkHash = lookupHash(core.keys, kk);
  const warnings: Warning[] = [];
  const sameKk = (core.db.prepare('SELECT COUNT(*) AS n FROM lpg_buyers WHERE kk_hash = ?').get(kkHash) as { n: number }).n;
  if (sameKk > 0 && settingOn(core, 'lpg3.one_registration_per_kk', date)) {
    warnings.push({ code: 'LPG_KK_ALREADY_REGISTERED', params: { kk4: maskNik(kk.slice(-4)), count: sameKk } });
  }
  const id = uuidv7(core.now().getTime());
  core.db
    .prepare(
      `INSERT INTO lpg_buyers (id, nik_enc, nik_hash, nik_last4, kk_hash, kk_last4, name, address, rt, rw, kelurahan, phone, category, nib, business_name, business_type, business_category, is_pengecer, source, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      sealed.enc,
      sealed.hash,
      sealed.last4,
      kkHash,
      kk.slice(-4),
      input.name.trim(),
      input.address ?? null,
      input.rt ?? null,
      input.rw ?? null,
      input.kelurahan ?? null,
      input.phone ?? null,
      input.category,
      nib,
      input.businessName ?? null,
      input.businessType ?? null,
      businessCategory,
      input.isPengecer ? 1 : 0,
      source,
      core.now().toISOString(),
      userId,
    );
  audit(core, {
    userId,
    action: 'lpg.buyer.register',
    entity: 'lpg_buyer',
    entityId: id,
    details: { nik4: maskNik(sealed.last4), kk4: maskNik(kk.slice(-4)), category: input.category, source, warnings: warnings.map((w) => w.code) },
  });
  return { id, warnings };
}

export function registerBuyer(core: Core, input: BuyerInput, userId: string): { buyer: LpgBuyerView; warnings: Warning[] } {
  return inTransaction(core, () => {
    const { id, warnings } = insertBuyer(core, input, 'counter', userId);
    return { buyer: buyerView(buyerById(core, id)!), warnings };
  });
}

/** What is left of each limit for the buyer today and this month (the counter screen shows it). */
export function buyerLimits(core: Core, r: BuyerRow, date = outletToday(core)): LpgBuyerLimits {
  const rules = lpgRuleSet(core, r.category, date);
  const used = usageOf(core, { id: r.id, kkHash: r.kk_hash, category: r.category }, date);
  return {
    date,
    month: date.slice(0, 7),
    perTransaction: limitUse(rules.perTransaction, 0, 'tabung'),
    dayTransactions: limitUse(rules.dayTransactions, used.dayTransactions, 'transaksi'),
    dayQty: limitUse(rules.dayQty, used.dayQty, 'tabung'),
    nikMonth: limitUse(rules.nikMonth, used.nikMonth, 'tabung'),
    kkMonth: limitUse(rules.kkMonth, used.kkMonth, 'tabung'),
  };
}

export interface BuyerStatus {
  buyer: LpgBuyerView;
  limits: LpgBuyerLimits;
}

export function getBuyer(core: Core, id: string): BuyerStatus {
  const r = buyerById(core, id);
  if (!r) throw new AppError('LPG_BUYER_UNKNOWN');
  return { buyer: buyerView(r), limits: buyerLimits(core, r) };
}

/** By NIK typed or scanned: null when the NIK is valid but not registered here. */
export function findBuyer(core: Core, rawNik: string): BuyerStatus | null {
  const r = buyerByNik(core, validNik(rawNik));
  return r ? { buyer: buyerView(r), limits: buyerLimits(core, r) } : null;
}

/** A manager blocks a buyer (e.g. found reselling) or marks a retailer; audited with the reason. */
export function updateBuyerStatus(
  core: Core,
  id: string,
  change: { status?: 'active' | 'blocked'; isPengecer?: boolean; reason: string },
  userId: string,
): BuyerStatus {
  inTransaction(core, () => {
    const r = buyerById(core, id);
    if (!r) throw new AppError('LPG_BUYER_UNKNOWN');
    const status = change.status ?? r.status;
    const pengecer = change.isPengecer ?? r.is_pengecer === 1;
    core.db.prepare('UPDATE lpg_buyers SET status = ?, is_pengecer = ? WHERE id = ?').run(status, pengecer ? 1 : 0, id);
    audit(core, {
      userId,
      action: 'lpg.buyer.status',
      entity: 'lpg_buyer',
      entityId: id,
      details: {
        nik4: maskNik(r.nik_last4),
        from: { status: r.status, isPengecer: r.is_pengecer === 1 },
        to: { status, isPengecer: pengecer },
        reason: change.reason,
      },
    });
  });
  return getBuyer(core, id);
}

export interface ImportRowReport {
  row: number;
  ok: boolean;
  buyerId?: string;
  code?: string;
  params?: ErrorParams;
  warnings?: Warning[];
}

/** Imports rows already parsed from a CSV (header names as in docs/lpg-and-subsidies.md). Each row
 * stands alone: a bad row is reported and skipped, the good ones are written. */
export function importBuyers(core: Core, rows: Record<string, string>[], userId: string): { imported: number; rejected: number; rows: ImportRowReport[] } {
  const reports: ImportRowReport[] = [];
  for (const [i, raw] of rows.entries()) {
    const row = i + 2; // the header is line 1
    try {
      const input = rowToInput(core, raw);
      const { id, warnings } = inTransaction(core, () => insertBuyer(core, input, 'import', userId));
      reports.push({ row, ok: true, buyerId: id, warnings });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      reports.push({ row, ok: false, code: e.code, params: e.params });
    }
  }
  const imported = reports.filter((r) => r.ok).length;
  inTransaction(core, () => audit(core, { userId, action: 'lpg.buyer.import', details: { imported, rejected: reports.length - imported } }));
  return { imported, rejected: reports.length - imported, rows: reports };
}

const CATEGORY_WORDS: Record<string, LpgCategory> = {
  RUMAH_TANGGA: 'RUMAH_TANGGA',
  RT: 'RUMAH_TANGGA',
  USAHA_MIKRO: 'USAHA_MIKRO',
  UM: 'USAHA_MIKRO',
  NELAYAN_SASARAN: 'NELAYAN_SASARAN',
  NELAYAN: 'NELAYAN_SASARAN',
  PETANI_SASARAN: 'PETANI_SASARAN',
  PETANI: 'PETANI_SASARAN',
};

function rowToInput(core: Core, r: Record<string, string>): BuyerInput {
  const get = (k: string) => (r[k] ?? '').trim();
  const category = CATEGORY_WORDS[get('category').toUpperCase().replace(/\s+/g, '_')];
  if (!category) throw new AppError('LPG_CATEGORY_UNKNOWN', { category: get('category') });
  if (!get('name')) throw new AppError('LPG_NAME_REQUIRED');
  return {
    nik: get('nik'),
    kk: get('kk'),
    name: get('name'),
    address: get('address') || null,
    rt: get('rt') || null,
    rw: get('rw') || null,
    kelurahan: get('kelurahan') || null,
    phone: get('phone') || null,
    category,
    nib: get('nib') || null,
    businessName: get('business_name') || null,
    businessType: get('business_type') || null,
    // Older files put the category in business_type: it counts when it names a category code.
    businessCategory: get('business_category') || (knownCategory(core, get('business_type')) ?? null),
    isPengecer: /^(1|true|ya|yes)$/i.test(get('pengecer')),
  };
}

/** The CSV import (one buyer per line, a header line first) with a report per row. */
export function importBuyersCsv(core: Core, csv: string, userId: string): { imported: number; rejected: number; rows: ImportRowReport[] } {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      delimiter: csv.split('\n', 1)[0]!.includes(';') ? ';' : ',',
    });
  } catch (e) {
    throw new AppError('LPG_IMPORT_CSV_INVALID', { message: (e as Error).message.slice(0, 200) });
  }
  return importBuyers(core, rows, userId);
}
