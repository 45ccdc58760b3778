// The manager's approval of a count (docs/back-office.md, "Stok opname"). The manajer gives their
// PIN again; each counted, not yet posted line with a difference posts one 'opname' move; a line
// whose difference is worth more than opname.reason_threshold needs a reason; the audit row keeps
// who approved, the lines and their reasons. Products not counted yet are never silently zeroed:
// the caller says what happens to them (the count stays open for them, they keep their quantity,
// or they count as 0), and without an answer the posting is refused so the screen can ask.
import { AppError } from '../../../shared/errors';
import { MANAGER_ROLES } from '../../../shared/roles';
import type { OpnameView } from '../../../shared/api/opname';
import { audit } from '../auth/audit';
import { verifyApprover } from '../auth/auth';
import { postOpnameVariances } from '../books/postings';
import { inTransaction, type Core } from '../core';
import { postOpnameVariance } from '../stock/stock';
import { openRow } from './opname';
import { getOpname } from './opnameView';

export interface PostOpnameInput {
  opnameId: string;
  approval: { username: string; pin: string };
  reasons?: Record<string, string>;
  uncounted?: 'ask' | 'later' | 'unchanged' | 'zero';
}

export function postOpname(core: Core, input: PostOpnameInput, userId: string): OpnameView {
  const { opnameId } = input;
  const uncountedChoice = input.uncounted ?? 'ask';
  inTransaction(core, () => {
    openRow(core, opnameId);
    const view = getOpname(core, opnameId);
    const open = view.lines.filter((l) => !l.posted);
    const uncounted = open.filter((l) => l.countedMilli === null);
    if (uncounted.length && uncountedChoice === 'ask') throw new AppError('OPNAME_NOT_COUNTED', { sku: uncounted[0]!.sku, missing: uncounted.length });
    const toPost = open.filter((l) => l.countedMilli !== null || uncountedChoice === 'zero');
    const reasons = input.reasons ?? {};
    const missing = toPost.filter((l) => l.needsReason && !reasons[l.productId]?.trim());
    if (missing.length)
      throw new AppError('OPNAME_REASON_REQUIRED', { skus: missing.map((l) => l.sku).join(', '), missing: missing.length, threshold: view.reasonThreshold });
    if (toPost.length === 0) throw new AppError('OPNAME_NOTHING_TO_POST', {});
    const approver = verifyApprover(core, input.approval, 'opname.post');
    if (!MANAGER_ROLES.includes(approver.role)) throw new AppError('OPNAME_MANAGER_PIN', { username: approver.username });

    const at = core.now().toISOString();
    const markLine = core.db.prepare('UPDATE opname_lines SET posted_at = ?, reason = ?, counted_milli = ? WHERE opname_id = ? AND product_id = ?');
    const posted: { sku: string; varianceMilli: number; varianceValue: number; reason: string | null }[] = [];
    for (const l of toPost) {
      const counted = l.countedMilli ?? 0;
      const variance = counted - (l.systemMilli ?? 0);
      const reason = reasons[l.productId]?.trim() || null;
      if (variance !== 0) postOpnameVariance(core, { productId: l.productId, qtyMilli: variance, unitCost: l.unitCost, opnameId, userId });
      markLine.run(at, reason, counted, opnameId, l.productId);
      posted.push({ sku: l.sku, varianceMilli: variance, varianceValue: l.varianceValue ?? 0, reason });
    }
    const stillOpen = uncountedChoice === 'later' && uncounted.length > 0;
    if (!stillOpen) core.db.prepare("UPDATE opnames SET status = 'posted', approved_by = ?, posted_at = ? WHERE id = ?").run(approver.id, at, opnameId);
    postOpnameVariances(core, opnameId, userId);
    audit(core, {
      userId,
      action: 'opname.post',
      entity: 'opname',
      entityId: opnameId,
      details: {
        approvedBy: approver.username,
        lines: posted.filter((p) => p.varianceMilli !== 0).length,
        posted,
        uncounted: uncounted.length ? uncountedChoice : null,
        stillOpen,
      },
    });
  });
  return getOpname(core, opnameId);
}
