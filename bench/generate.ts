// The benchmark outlet: a busy gerai's year, made from a seed, so every run (and every machine)
// measures the same data. The catalog, members and users are written with bulk SQL inside one
// transaction (50,000 products through createProduct would only measure the audit chain); the
// year itself — deliveries and 150,000 sales — is written as an old-POS history file and
// imported through `importHistory`, i.e. through commitSale and postMove, so the ledger, the
// balances, receipt numbers and the audit chain are exactly what the app itself writes.
//
//   npx tsx bench/generate.ts --scale quick --seed 1     (prints where the cached files are)
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gs1CheckDigit } from '../shared/barcode';
import { lineTotal } from '../shared/money';
import type { ImportRecord } from '../shared/salesImportFormat';
import { hashPin } from '../electron/services/auth/auth';
import { sealNik } from '../electron/services/privacy/personalData';
import { fileKeyProvider } from '../electron/services/privacy/keyFile';
import { importHistory, type ImportReport } from '../electron/services/sales/salesImport';
import { openHost, type Host } from '../electron/host/host';
import { inTransaction } from '../electron/services/core';
import { settingOn } from '../electron/services/settings/settings';
import { seededRng, seededUuidv7 } from './lib/random';

export interface Scale {
  name: string;
  products: number;
  members: number;
  sales: number;
  /** Average lines per sale (exact over the year: 600,000 lines for 150,000 sales). */
  linesPerSale: number;
  /** The ledger gets at least this many stock moves (sales + deliveries). */
  movesTarget: number;
}

export const SCALES: Record<string, Scale> = {
  tiny: { name: 'tiny', products: 300, members: 50, sales: 600, linesPerSale: 4, movesTarget: 4_000 },
  quick: { name: 'quick', products: 5_000, members: 500, sales: 15_000, linesPerSale: 4, movesTarget: 100_000 },
  full: { name: 'full', products: 50_000, members: 5_000, sales: 150_000, linesPerSale: 4, movesTarget: 1_000_000 },
};

export const YEAR = 2025;
/** The generator's own clock for rows it writes outside the history (catalog, settings). */
export const GENERATED_AT = new Date(`${YEAR}-01-01T00:00:00Z`);
export const USERS = { admin: { username: 'admin', pin: '123456' }, kasir: { username: 'kasir1', pin: '1111' } };

export interface GeneratedOutlet {
  scale: Scale;
  seed: number;
  /** Catalog, members, users: the state before the year. */
  baseDb: string;
  /** The history file (JSONL) the year is imported from. */
  historyFile: string;
  /** The outlet after the year. */
  fullDb: string;
  stats: { products: number; members: number; sales: number; saleLines: number; moves: number; importSeconds: number };
  /** False when this call generated it (and so just imported its year). */
  fromCache: boolean;
}

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

/** Generates (or finds in the cache) the outlet for a scale and seed. */
export async function generateOutlet(scale: Scale, seed: number, options: { dir?: string; log?: (line: string) => void } = {}): Promise<GeneratedOutlet> {
  const dir = options.dir ?? join(CACHE_DIR, `${scale.name}-seed${seed}-${schemaKey()}`);
  const log = options.log ?? (() => {});
  const baseDb = join(dir, 'base.sqlite');
  const historyFile = join(dir, 'history.jsonl');
  const fullDb = join(dir, 'full.sqlite');
  const statsFile = join(dir, 'stats.json');
  if (existsSync(statsFile)) return { scale, seed, baseDb, historyFile, fullDb, stats: JSON.parse(readFileSync(statsFile, 'utf8')), fromCache: true };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const catalog = writeBase(baseDb, scale, seed);
  log(`  base outlet written (${scale.products} products, ${scale.members} members) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeHistory(historyFile, scale, seed, catalog);
  log(`  history written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  copyOutlet(baseDb, `${fullDb}.tmp`);
  const t0 = performance.now();
  const report = await importInto(`${fullDb}.tmp`, historyFile);
  const importSeconds = (performance.now() - t0) / 1000;
  if (report.rejected.length > 0) throw new Error(`generated history was refused: ${JSON.stringify(report.rejected.slice(0, 5))}`);
  renameSync(`${fullDb}.tmp`, fullDb);
  renameSync(`${fullDb}.tmp.key`, `${fullDb}.key`);
  const host = openOutlet(fullDb);
  const moves = (host.core.db.prepare('SELECT COUNT(*) AS n FROM stock_moves').get() as { n: number }).n;
  host.core.db.pragma('wal_checkpoint(TRUNCATE)');
  host.close();
  const stats = { products: scale.products, members: scale.members, sales: report.sales, saleLines: report.saleLines, moves, importSeconds };
  writeFileSync(statsFile, JSON.stringify(stats));
  log(`  year imported (${report.sales} sales, ${moves} moves) in ${importSeconds.toFixed(1)} s`);
  return { scale, seed, baseDb, historyFile, fullDb, stats, fromCache: false };
}

/** Opens a generated outlet with the generator's fixed clock (so what it writes is reproducible). */
export function openOutlet(dbFile: string, now: () => Date = () => GENERATED_AT): Host {
  return openHost({ dbFile, now });
}

/** Copies an outlet db (checkpointed, so the file alone is the whole db) with its key file. */
export function copyOutlet(from: string, to: string): void {
  copyFileSync(from, to);
  copyFileSync(`${from}.key`, `${to}.key`);
}

/** Imports the history file through importHistory, as the admin (what `kkmp import sales` does). */
export async function importInto(dbFile: string, historyFile: string, batchSize = 500): Promise<ImportReport> {
  const host = openOutlet(dbFile);
  try {
    const admin = host.core.db.prepare("SELECT id, username, display_name AS displayName, role FROM users WHERE username = 'admin'").get() as {
      id: string;
      username: string;
      displayName: string;
      role: 'admin';
    };
    const lines = createInterface({ input: createReadStream(historyFile, 'utf8'), crlfDelay: Infinity });
    return await importHistory(host.core, admin, lines, { batchSize });
  } finally {
    host.core.db.pragma('wal_checkpoint(TRUNCATE)');
    host.close();
  }
}

/** The migrations on disk: a new migration means a new cache entry. */
function schemaKey(): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
  const generator = readFileSync(fileURLToPath(import.meta.url));
  const importer = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'services', 'sales', 'salesImport.ts'));
  const h = createHash('sha256').update(generator).update(importer);
  for (const f of readdirSyncSorted(dir)) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 10);
}

function readdirSyncSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}

// ---------------------------------------------------------------------------------------------
// The catalog and the members.

export interface CatalogProduct {
  sku: string;
  soldBy: 'piece' | 'weight';
  /** Price per unit, and from which date a second price applies (null when none). */
  price: number;
  price2: number | null;
  price2From: string | null;
  cost: number;
  /** At most this many units in one sale (SPHP packs per transaction stay within the rule). */
  maxQty: number;
}

export interface Catalog {
  products: CatalogProduct[];
  memberNos: string[];
  /** SPHP packs one identified buyer may take a day (the setting in force), so no sale is refused. */
  sphpPacksPerBuyerDay: number;
}

const WORDS = {
  kind: [
    'Beras',
    'Gula pasir',
    'Minyak goreng',
    'Tepung terigu',
    'Telur',
    'Mi instan',
    'Kopi bubuk',
    'Teh celup',
    'Susu kental',
    'Sabun mandi',
    'Sampo',
    'Pasta gigi',
    'Deterjen',
    'Kecap manis',
    'Saus sambal',
    'Garam',
    'Biskuit',
    'Air mineral',
    'Sarden',
    'Bihun',
    'Kerupuk',
    'Minyak kayu putih',
    'Obat nyamuk',
    'Tisu',
    'Korek api',
  ],
  brand: [
    'Sumber Rejeki',
    'Cap Jago',
    'Mawar',
    'Merah Putih',
    'Nusantara',
    'Borneo',
    'Mahakam',
    'Sinar',
    'Pelangi',
    'Harapan',
    'Bintang',
    'Garuda',
    'Cendrawasih',
    'Kenari',
    'Teratai',
  ],
  size: ['50 g', '100 g', '200 g', '250 g', '500 g', '1 kg', '600 ml', '1 L', '2 L', 'isi 10', 'isi 20', 'sachet', 'botol', 'kaleng', 'pak'],
};

/** A valid EAN-13 with Indonesia's GS1 prefix 899, unique per product index. */
export function ean13For(index: number): string {
  const data = `899${String(index + 1).padStart(9, '0')}`;
  return `${data}${gs1CheckDigit(data)}`;
}

function writeBase(dbFile: string, scale: Scale, seed: number): Catalog {
  const rng = seededRng(seed);
  const keyMaterial = (label: string) => createHash('sha256').update(`kkmp-bench:${seed}:${label}`).digest('base64');
  writeFileSync(`${dbFile}.key`, JSON.stringify({ data: keyMaterial('data'), lookup: keyMaterial('lookup') }), { mode: 0o600 });
  const keys = fileKeyProvider(`${dbFile}.key`, { create: false });
  const host = openHost({ dbFile, create: true, keys, now: () => GENERATED_AT });
  const db = host.core.db;
  const at = GENERATED_AT.toISOString();
  const catalog: Catalog = { products: [], memberNos: [], sphpPacksPerBuyerDay: settingOn(host.core, 'sphp.max_packs_per_buyer', `${YEAR}-01-01`) };
  // Through inTransaction, so the journal seals what the generator writes like any other write.
  inTransaction(host.core, () => {
    // The history starts with the outlet's first day; the shift rule applies as in production.
    const insertUser = db.prepare('INSERT INTO users (id, username, display_name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    insertUser.run(seededUuidv7(rng, GENERATED_AT.getTime()), USERS.admin.username, 'Administrator', 'admin', hashPin(USERS.admin.pin), at);
    insertUser.run(seededUuidv7(rng, GENERATED_AT.getTime()), USERS.kasir.username, 'Kasir Satu', 'kasir', hashPin(USERS.kasir.pin), at);

    const categoryIds = WORDS.kind.map((kind, i) => {
      const id = seededUuidv7(rng, GENERATED_AT.getTime());
      db.prepare('INSERT INTO categories (id, code, name, tax_status, counts_for_shu) VALUES (?, ?, ?, ?, 1)').run(
        id,
        `K${String(i + 1).padStart(2, '0')}`,
        kind,
        kind === 'Beras' || kind === 'Telur' || kind === 'Garam' ? 'EXEMPT' : 'TAXABLE',
      );
      return id;
    });

    const insertProduct = db.prepare(
      `INSERT INTO products (id, sku, name, unit, sold_by, category_id, subsidy_program, lpg_kind, pack_size_milli, min_stock_milli, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    );
    const insertBarcode = db.prepare('INSERT INTO product_barcodes (gtin, product_id) VALUES (?, ?)');
    const insertPrice = db.prepare('INSERT INTO prices (product_id, valid_from, price, set_by, set_at) VALUES (?, ?, ?, NULL, ?)');
    const insertCeiling = db.prepare('INSERT INTO price_ceilings (product_id, valid_from, kind, amount, source) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < scale.products; i++) {
      const id = seededUuidv7(rng, GENERATED_AT.getTime());
      const sku = `P${String(i + 1).padStart(6, '0')}`;
      const special = specialProduct(i);
      const kindIndex = rng.int(0, WORDS.kind.length - 1);
      const weighed = !special && rng.chance(0.03);
      const name = special?.name ?? `${WORDS.kind[kindIndex]} ${rng.pick(WORDS.brand)} ${weighed ? 'curah' : rng.pick(WORDS.size)}`;
      const price = special?.price ?? (weighed ? rng.int(8, 60) * 1000 : rng.int(10, 600) * 100);
      insertProduct.run(
        id,
        sku,
        name,
        weighed ? 'kg' : (special?.unit ?? 'pcs'),
        weighed ? 'weight' : 'piece',
        categoryIds[special ? 0 : kindIndex],
        special?.program ?? 'NONE',
        null,
        special?.packSizeMilli ?? null,
        at,
      );
      insertBarcode.run(`0${ean13For(i)}`, id);
      insertPrice.run(id, `${YEAR}-01-01`, price, at);
      let price2: number | null = null;
      let price2From: string | null = null;
      if (!special && rng.chance(0.1)) {
        price2 = Math.round((price * rng.int(95, 115)) / 100);
        price2From = `${YEAR}-${String(rng.int(3, 11)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        insertPrice.run(id, price2From, price2, at);
      }
      if (special) insertCeiling.run(id, `${YEAR}-01-01`, 'HET', special.price, special.source);
      catalog.products.push({
        sku,
        soldBy: weighed ? 'weight' : 'piece',
        price,
        price2,
        price2From,
        cost: Math.round((price * rng.int(78, 92)) / 100),
        maxQty: special?.maxQty ?? 3,
      });
    }

    const insertMember = db.prepare(
      `INSERT INTO members (id, member_no, name, nik_enc, nik_hash, nik_last4, kk_no, address, rt, rw, kelurahan, join_date, status, card_code, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Gunung Samarinda', ?, 'active', ?, ?)`,
    );
    for (let i = 0; i < scale.members; i++) {
      const memberNo = `A${String(i + 1).padStart(5, '0')}`;
      const district = String(rng.int(1, 6)).padStart(2, '0');
      const dob = `${String(rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0)).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(50, 99)).padStart(2, '0')}`;
      const nik = `6471${district}${dob}${String(i + 1).padStart(4, '0')}`;
      const sealed = sealNik(keys, nik);
      const kk = `6471${district}${String(rng.int(0, 99_999_999)).padStart(8, '0')}${String(rng.int(1, 99)).padStart(2, '0')}`;
      insertMember.run(
        seededUuidv7(rng, GENERATED_AT.getTime()),
        memberNo,
        `Anggota ${i + 1}`,
        sealed.enc,
        sealed.hash,
        sealed.last4,
        kk,
        `Jl. Mahakam ${rng.int(1, 200)}`,
        String(rng.int(1, 40)).padStart(3, '0'),
        String(rng.int(1, 12)).padStart(3, '0'),
        `${YEAR - 1}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
        `KKMP${memberNo}`,
        at,
      );
      catalog.memberNos.push(memberNo);
    }
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  host.close();
  return catalog;
}

/** The first products are the regulated ones (sold within their rules, HET as the price). */
function specialProduct(
  i: number,
): { name: string; unit: string; price: number; program: 'SPHP' | 'MINYAKITA'; packSizeMilli: number; maxQty: number; source: string } | null {
  if (i === 0) return { name: 'Beras SPHP 5 kg', unit: 'sak', price: 65_500, program: 'SPHP', packSizeMilli: 5000, maxQty: 2, source: 'Bapanas zona 2' };
  if (i === 1) return { name: 'Minyakita 1 L', unit: 'pcs', price: 15_700, program: 'MINYAKITA', packSizeMilli: 1000, maxQty: 2, source: 'Permendag' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// The year: sales in time order, with deliveries arriving before stock runs out.

/** Opening hours 07:00-21:00 WITA (UTC+8) = 23:00-13:00 UTC. */
const OPEN_UTC_MS = -1 * 3_600_000;
const OPEN_HOURS_MS = 14 * 3_600_000;

function writeHistory(file: string, scale: Scale, seed: number, catalog: Catalog): void {
  const rng = seededRng(seed ^ 0x5eed);
  const n = catalog.products.length;
  const out = openSync(file, 'w');
  let buffer: string[] = [];
  const emit = (r: ImportRecord) => {
    buffer.push(JSON.stringify(r));
    if (buffer.length >= 2000) {
      writeSync(out, `${buffer.join('\n')}\n`);
      buffer = [];
    }
  };
  const balance = new Float64Array(n);
  const qtyOf = (p: CatalogProduct, units: number) => (p.soldBy === 'weight' ? units * 250 : units * 1000);
  let docNo = 0;
  const receipt = (at: number, lines: { index: number; qtyMilli: number }[]) => {
    for (let start = 0; start < lines.length; start += 2000) {
      const chunk = lines.slice(start, start + 2000);
      emit({
        type: 'receipt',
        doc: `DO-${YEAR}-${String(++docNo).padStart(6, '0')}`,
        at: new Date(at).toISOString(),
        lines: chunk.map((l) => ({ sku: catalog.products[l.index]!.sku, qtyMilli: l.qtyMilli, unitCost: catalog.products[l.index]!.cost })),
      });
      for (const l of chunk) balance[l.index]! += l.qtyMilli;
    }
  };

  const yearStart = Date.UTC(YEAR, 0, 1);
  // Opening stock on the first morning: every product, a few units.
  receipt(
    yearStart + OPEN_UTC_MS - 3_600_000,
    catalog.products.map((p, index) => ({ index, qtyMilli: qtyOf(p, rng.int(2, 6)) })),
  );
  // Weekly deliveries top the ledger up to its target size, skewed to what sells.
  const weeklyLines = Math.max(0, Math.ceil((scale.movesTarget - scale.sales * scale.linesPerSale - n) / 52));

  const sphpByMemberDay = new Map<string, number>();
  const perDay = scale.sales / 365;
  let salesLeft = scale.sales;
  let pairedLines = 0;
  for (let day = 0; day < 365 && salesLeft > 0; day++) {
    const dayStart = yearStart + day * 86_400_000 + OPEN_UTC_MS;
    if (day % 7 === 0 && weeklyLines > 0) {
      const lines = [];
      for (let k = 0; k < weeklyLines; k++) {
        const index = rng.skewed(n, 2);
        lines.push({ index, qtyMilli: qtyOf(catalog.products[index]!, rng.int(6, 24)) });
      }
      receipt(dayStart - 1_800_000, lines);
    }
    const count = day === 364 ? salesLeft : Math.min(salesLeft, Math.round(perDay * (1 + 0.3 * Math.sin(day / 3.5))));
    const times = Array.from({ length: count }, () => dayStart + Math.floor(rng.next() * OPEN_HOURS_MS)).sort((a, b) => a - b);
    for (const t of times) {
      // Line counts come in pairs k, 2·avg−k: the year has exactly sales × avg lines.
      const lineCount = pairedLines > 0 ? 2 * scale.linesPerSale - pairedLines : rng.int(1, 2 * scale.linesPerSale - 1);
      pairedLines = pairedLines > 0 ? 0 : lineCount;
      const date = new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
      const chosen = new Set<number>();
      while (chosen.size < Math.min(lineCount, n)) chosen.add(rng.chance(0.02) ? rng.int(0, 1) : rng.skewed(n));
      const lines: { index: number; qtyMilli: number }[] = [];
      const restock: { index: number; qtyMilli: number }[] = [];
      let total = 0;
      for (const index of chosen) {
        const p = catalog.products[index]!;
        const qtyMilli = qtyOf(p, rng.int(1, p.maxQty));
        if (balance[index]! < qtyMilli) restock.push({ index, qtyMilli: qtyMilli + qtyOf(p, rng.int(12, 48)) });
        const price = p.price2From !== null && p.price2From <= date ? p.price2! : p.price;
        total += lineTotal(price, qtyMilli);
        lines.push({ index, qtyMilli });
      }
      if (restock.length > 0) receipt(t - 60_000, restock);
      for (const l of lines) balance[l.index]! -= l.qtyMilli;
      let member = rng.chance(0.4) ? rng.pick(catalog.memberNos) : null;
      // SPHP (product 0) to an identified buyer: within the per-day packs of the rule.
      const sphpPacks = lines.filter((l) => l.index === 0).reduce((sum, l) => sum + l.qtyMilli / 1000, 0);
      if (member && sphpPacks > 0) {
        const key = `${member}|${date}`;
        const used = sphpByMemberDay.get(key) ?? 0;
        if (used + sphpPacks > catalog.sphpPacksPerBuyerDay) member = null;
        else sphpByMemberDay.set(key, used + sphpPacks);
      }
      const method: 'cash' | 'qris' | 'transfer' = rng.chance(0.8) ? 'cash' : rng.chance(0.75) ? 'qris' : 'transfer';
      const payments =
        method === 'cash'
          ? [{ method, amount: Math.ceil(total / 5000) * 5000 || 5000 }]
          : [{ method, amount: total, reference: `${method.toUpperCase()}-${rng.hex(6)}` }];
      emit({
        type: 'sale',
        id: seededUuidv7(rng, t),
        at: new Date(t).toISOString(),
        member,
        lines: lines.map((l) => ({ sku: catalog.products[l.index]!.sku, qtyMilli: l.qtyMilli })),
        payments,
        total,
      });
      salesLeft--;
    }
  }
  if (buffer.length > 0) writeSync(out, `${buffer.join('\n')}\n`);
  closeSync(out);
}

// ---------------------------------------------------------------------------------------------

/** A hash of the outlet's content. Columns that are random by design (PIN salts, NIK cipher IVs,
 * migration timestamps) are left out; everything else — ids, ledger, audit chain — is in. */
export function contentHash(host: Host): string {
  const skip: Record<string, string[]> = {
    users: ['pin_hash'],
    members: ['nik_enc'],
    schema_migrations: ['applied_at'],
    sessions: ['token', 'created_at', 'expires_at'],
    // A ceiling written through the view gets the wall-clock time it was recorded.
    price_ceiling_history: ['set_at'],
  };
  const db = host.core.db;
  const h = createHash('sha256');
  // The journal digests every row it seals, salted PIN hashes and NIK ciphertexts among them, so it
  // differs between two runs whenever those do; the rows themselves are compared below.
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('journal', 'journal_pending') ORDER BY name",
    )
    .all() as {
    name: string;
    sql: string;
  }[];
  for (const t of tables) {
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !(skip[t.name] ?? []).includes(c));
    const order = /WITHOUT ROWID/i.test(t.sql) ? cols.map((_, i) => i + 1).join(', ') : 'rowid';
    h.update(`\u0000${t.name}\u0000`);
    for (const row of db
      .prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${t.name}" ORDER BY ${order}`)
      .raw()
      .iterate())
      h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : fallback;
  };
  const scale = SCALES[arg('scale', 'quick')];
  if (!scale) throw new Error(`unknown scale; one of ${Object.keys(SCALES).join(', ')}`);
  const outlet = await generateOutlet(scale, Number(arg('seed', '1')), { log: (l) => console.log(l) });
  console.log(JSON.stringify(outlet, null, 2));
}
