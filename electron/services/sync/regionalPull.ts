// Pulls the kota's regional values from the pusat and writes them as this outlet's effective-dated
// rows: a HET as a price ceiling of the product with that GTIN, a regulated number as a setting,
// a rule profile as the profile's settings from its date. Only changes are written and audited,
// so pulling twice is a no-op. The manager sees what is coming in upcomingRegional before it holds.
import { toGtin14 } from '../../../shared/barcode';
import { requestSigningText } from '../../../shared/sync/batch';
import { RegionalValue } from '../../../shared/sync/regional';
import { AppError } from '../../../shared/errors';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { appendCeiling } from '../catalog/prices';
import { profileValues } from '../lpg/profiles';
import { putSettingByName } from '../settings/settings';
import type { CentralCall } from './centralClient';
import { signText, type SyncKey } from './syncKey';
import { syncState } from './syncState';

const SOURCE = 'pusat';

export async function pullRegional(core: Core, call: CentralCall, key: SyncKey): Promise<{ applied: number; unknownGtins: string[] }> {
  const state = syncState(core);
  if (!state) throw new AppError('SYNC_NOT_ENROLLED');
  const request = { outletId: state.outletId, at: core.now().toISOString() };
  const answer = (await call('regional.pull', { request, signature: signText(key, requestSigningText('regional.pull', request)) })) as { values: unknown[] };
  const values = answer.values.map((v) => RegionalValue.parse(v));
  return inTransaction(core, () => {
    const changed: RegionalValue[] = [];
    const unknownGtins: string[] = [];
    for (const v of values) {
      const outcome = applyValue(core, v);
      if (outcome === 'unknown') unknownGtins.push(v.kind === 'het' ? v.gtin : '');
      if (outcome === 'changed') changed.push(v);
    }
    core.db.prepare('UPDATE sync_state SET last_pull_at = ? WHERE id = 1').run(core.now().toISOString());
    if (changed.length > 0) audit(core, { userId: null, action: 'sync.regional.apply', entity: 'settings', details: { kota: state.kota, values: changed } });
    return { applied: changed.length, unknownGtins };
  });
}

function applyValue(core: Core, v: RegionalValue): 'changed' | 'same' | 'unknown' {
  if (v.kind === 'het') {
    // Barcodes are kept as scanned or as GTIN-14: look for either spelling.
    const productId = core.db
      .prepare('SELECT product_id FROM product_barcodes WHERE gtin IN (?, ?)')
      .pluck()
      .get(v.gtin, toGtin14(v.gtin) ?? v.gtin) as string | undefined;
    if (!productId) return 'unknown';
    const have = core.db
      .prepare("SELECT amount FROM price_ceilings WHERE product_id = ? AND valid_from = ? AND kind = 'HET'")
      .pluck()
      .get(productId, v.validFrom) as number | undefined;
    if (have === v.amount) return 'same';
    appendCeiling(core, productId, { kind: 'HET', amount: v.amount, validFrom: v.validFrom, source: SOURCE });
    return 'changed';
  }
  const entries: [string, unknown][] =
    v.kind === 'setting' ? [[v.key, v.value]] : [...Object.entries(profileValues(core, v.profile, v.validFrom)), ['subsidy.profile', v.profile]];
  let changed = false;
  for (const [k, value] of entries) {
    const have = core.db.prepare('SELECT value FROM settings WHERE key = ? AND valid_from = ?').pluck().get(k, v.validFrom) as string | undefined;
    if (have === JSON.stringify(value)) continue;
    putSettingByName(core, k, v.validFrom, value, SOURCE);
    changed = true;
  }
  return changed ? 'changed' : 'same';
}

/** Values from the pusat that start after today: what the manager should know is coming. */
export function upcomingRegional(core: Core, today: string): { subject: string; validFrom: string; value: unknown }[] {
  const ceilings = core.db
    .prepare(
      'SELECT p.name AS subject, c.valid_from, c.amount FROM price_ceilings c JOIN products p ON p.id = c.product_id WHERE c.source = ? AND c.valid_from > ? ORDER BY c.valid_from',
    )
    .all(SOURCE, today) as { subject: string; valid_from: string; amount: number }[];
  const settings = core.db
    .prepare('SELECT key, valid_from, value FROM settings WHERE set_by = ? AND valid_from > ? ORDER BY valid_from')
    .all(SOURCE, today) as { key: string; valid_from: string; value: string }[];
  return [
    ...ceilings.map((c) => ({ subject: `HET ${c.subject}`, validFrom: c.valid_from, value: c.amount })),
    ...settings.map((s) => ({ subject: s.key, validFrom: s.valid_from, value: JSON.parse(s.value) as unknown })),
  ];
}
