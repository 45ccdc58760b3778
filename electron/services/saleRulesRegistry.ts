// The rules every sale commit runs, in order. Each subsidy programme adds its rule here.
import type { SaleRule } from './saleRules';
import { opnameFreezeRule } from './opname';

export function defaultSaleRules(): SaleRule[] {
  return [opnameFreezeRule];
}
