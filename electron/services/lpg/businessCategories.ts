// The manager's list of usaha mikro business categories and which of them may not buy LPG 3 kg
// (docs/domain/lpg-3kg.md). Registration refuses a prohibited category (lpg/buyers.ts).
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';

export interface BusinessCategory {
  code: string;
  name: string;
  prohibited: boolean;
  source: string | null;
}

export function listBusinessCategories(core: Core): BusinessCategory[] {
  const rows = core.db.prepare('SELECT code, name, prohibited, source FROM lpg_business_categories ORDER BY name').all() as {
    code: string;
    name: string;
    prohibited: number;
    source: string | null;
  }[];
  return rows.map((r) => ({ code: r.code, name: r.name, prohibited: r.prohibited === 1, source: r.source }));
}

/** Adds a category or changes one (audited with the old and new flag). */
export function putBusinessCategory(core: Core, c: BusinessCategory, userId: string): BusinessCategory[] {
  return inTransaction(core, () => {
    const before = core.db.prepare('SELECT prohibited FROM lpg_business_categories WHERE code = ?').pluck().get(c.code) as number | undefined;
    core.db
      .prepare(
        `INSERT INTO lpg_business_categories (code, name, prohibited, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, prohibited = excluded.prohibited, source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(c.code, c.name, c.prohibited ? 1 : 0, c.source, core.now().toISOString(), userId);
    audit(core, {
      userId,
      action: 'lpg.business_category.put',
      entity: 'lpg_business_category',
      entityId: c.code,
      details: { name: c.name, prohibited: c.prohibited, before: before === undefined ? null : before === 1 },
    });
    return listBusinessCategories(core);
  });
}
