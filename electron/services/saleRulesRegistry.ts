// The rules every sale commit runs, in order. Each subsidy programme adds its rule here.
import type { SaleRule } from './saleRules';

export function defaultSaleRules(): SaleRule[] {
  return [];
}
