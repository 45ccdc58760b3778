// A HAP (harga acuan, e.g. gula Rp17.500/kg) is a reference, not a ceiling: selling above it is a
// warning a supervisor approves (price.hap_mode soft), never a refusal. HETs are refused by the
// commit itself (one place for every HET: product ceilings).
import { ceilingOn } from '../catalog/prices';
import type { RuleFinding, SaleRule } from '../sales/saleRules';
import { settingOn } from '../settings/settings';

export const hapSaleRule: SaleRule = {
  name: 'hap',
  check(core, draft) {
    const mode = settingOn(core, 'price.hap_mode', draft.businessDate);
    if (mode === 'off') return [];
    const findings: RuleFinding[] = [];
    for (const l of draft.lines) {
      const c = ceilingOn(core, l.productId, draft.businessDate);
      if (c?.kind === 'HAP' && l.unitPrice > c.amount)
        findings.push({ code: 'PRICE_ABOVE_HAP', params: { sku: l.sku, name: l.name, price: l.unitPrice, hap: c.amount }, severity: mode });
    }
    return findings;
  },
};
