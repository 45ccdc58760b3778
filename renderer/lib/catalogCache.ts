// The catalog in memory, so a scan is a Map lookup and never a round trip (docs/decisions/0003-performance-targets.md: scan to line
// within one frame). Filled from catalog.snapshot, kept in IndexedDB for the next start.
import type { CatalogItem } from '../../shared/api/catalog';
import { parseScan, weightItemKey, type WeightLabelLayout } from '../../shared/barcode';
import { Dec, MILLI_PER_UNIT } from '../../shared/money';
import type { Api } from './api';
import type { PosDb } from './store';

export type ScanHit = { item: CatalogItem; qtyMilli: number | null; labelPrice: number | null };
export type ScanMiss = { error: 'SCAN_UNKNOWN' | 'SCAN_CHECK_DIGIT'; code: string };

export class CatalogCache {
  private byCode = new Map<string, CatalogItem>();
  private byId = new Map<string, CatalogItem>();
  private bySku = new Map<string, CatalogItem>();
  private items: CatalogItem[] = [];
  version: string | null = null;
  layouts: WeightLabelLayout[] = [];

  get size(): number {
    return this.items.length;
  }

  fill(items: CatalogItem[], version: string | null, layouts: WeightLabelLayout[]): void {
    this.items = items;
    this.version = version;
    this.layouts = layouts;
    this.byCode.clear();
    this.byId.clear();
    this.bySku.clear();
    for (const item of items) {
      this.byId.set(item.productId, item);
      this.bySku.set(item.sku.toUpperCase(), item);
      for (const code of item.barcodes) this.byCode.set(code, item);
    }
  }

  /** What the browser kept from last time. */
  async load(db: PosDb): Promise<void> {
    const [meta, items] = await Promise.all([db.meta.get('catalog'), db.catalog.toArray()]);
    if (meta) this.fill(items, meta.version, meta.weightLayouts);
  }

  /** Asks the core for changes since our version; returns true when the cache changed. */
  async refresh(db: PosDb, api: Api): Promise<boolean> {
    const snap = await api.catalog.snapshot(this.version ? { ifNoneMatch: this.version } : {});
    if (!snap.items) {
      this.layouts = snap.weightLayouts;
      return false;
    }
    const items = snap.items;
    await db.transaction('rw', db.catalog, db.meta, async () => {
      await db.catalog.clear();
      await db.catalog.bulkPut(items);
      await db.meta.put({ key: 'catalog', version: snap.version, businessDate: snap.businessDate, weightLayouts: snap.weightLayouts });
    });
    this.fill(items, snap.version, snap.weightLayouts);
    return true;
  }

  get(productId: string): CatalogItem | undefined {
    return this.byId.get(productId);
  }

  /** A scanned or typed code: barcode, weight label, store code or SKU. */
  lookup(raw: string): ScanHit | ScanMiss {
    const code = raw.trim();
    const scan = parseScan(code, this.layouts);
    if (scan.kind === 'invalid') return { error: scan.reason === 'CHECK_DIGIT' ? 'SCAN_CHECK_DIGIT' : 'SCAN_UNKNOWN', code };
    if (scan.kind === 'gtin') {
      const item = this.byCode.get(scan.gtin14) ?? this.byCode.get(code);
      return item ? { item, qtyMilli: null, labelPrice: null } : { error: 'SCAN_UNKNOWN', code };
    }
    if (scan.kind === 'weight') {
      const item = this.byCode.get(weightItemKey(scan.prefix, scan.itemCode));
      if (!item) return { error: 'SCAN_UNKNOWN', code };
      if (scan.grams !== null) return { item, qtyMilli: scan.grams, labelPrice: null };
      const qtyMilli = scan.price !== null && item.price ? new Dec(scan.price).mul(MILLI_PER_UNIT).div(item.price).toDecimalPlaces(0).toNumber() : null;
      return { item, qtyMilli, labelPrice: scan.price };
    }
    const item = this.byCode.get(code) ?? this.bySku.get(code.toUpperCase());
    return item ? { item, qtyMilli: null, labelPrice: null } : { error: 'SCAN_UNKNOWN', code };
  }

  /** Name contains or SKU starts with the query, best first. */
  search(query: string, limit = 20): CatalogItem[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const exact = this.lookup(query);
    const out: CatalogItem[] = 'item' in exact ? [exact.item] : [];
    for (const item of this.items) {
      if (out.length >= limit) break;
      if (out.includes(item)) continue;
      if (item.name.toLowerCase().includes(q) || item.sku.toLowerCase().startsWith(q)) out.push(item);
    }
    return out;
  }
}
