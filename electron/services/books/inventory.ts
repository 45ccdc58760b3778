// What a document's stock moves did to persediaan, per inventory account, counting only the
// moves no earlier entry of the same document has valued (a void adds moves to its sale's doc).
import { prepared } from './prepared';
import type { Part } from '../../../shared/books/posting';
import type { Core } from '../core';
import { subAccount } from './accounts';

interface DeltaRow {
  account: string | null;
  category_id: string | null;
  category_name: string | null;
  delta: number;
  through: number;
}

export interface DocInventory {
  parts: Part[];
  movesThrough: number;
}

// Subsidised goods and LPG cylinders have their own seeded accounts; other goods go to a
// persediaan sub-account per category (1131 when a product has none).
const ACCOUNT_OF_PRODUCT = `CASE
  WHEN p.lpg_kind = 'empty' THEN '1135'
  WHEN p.lpg_kind IS NOT NULL OR p.subsidy_program = 'LPG3' THEN '1134'
  WHEN p.subsidy_program = 'SPHP' THEN '1132'
  WHEN p.subsidy_program = 'MINYAKITA' THEN '1133'
  WHEN p.category_id IS NULL THEN '1131'
  ELSE NULL END`;

export function docInventory(core: Core, docType: string, docId: string): DocInventory {
  const after = prepared(core, 'SELECT COALESCE(MAX(moves_through), 0) FROM journal_entries WHERE doc_type = ? AND doc_id = ?')
    .pluck()
    .get(docType, docId) as number;
  const rows = prepared(
    core,
    `SELECT ${ACCOUNT_OF_PRODUCT} AS account, p.category_id, c.name AS category_name, SUM(m.value_delta) AS delta, MAX(m.id) AS through
       FROM stock_moves m JOIN products p ON p.id = m.product_id LEFT JOIN categories c ON c.id = p.category_id
       WHERE m.doc_type = ? AND m.doc_id = ? AND m.id > ? GROUP BY 1, 2`,
  ).all(docType, docId, after) as DeltaRow[];
  let movesThrough = after;
  const parts: Part[] = [];
  for (const r of rows) {
    movesThrough = Math.max(movesThrough, r.through);
    const account = r.account ?? subAccount(core, '1131', r.category_id!, `Persediaan ${r.category_name}`);
    parts.push([account, r.delta]);
  }
  return { parts, movesThrough };
}
