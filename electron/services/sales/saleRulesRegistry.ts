// The rules every sale commit runs, in order. Each subsidy programme adds its rule here.
import { lpgSaleRule } from '../lpg/lpgSaleRule';
import type { SaleRule } from './saleRules';
import { opnameFreezeRule } from '../opname/opname';
import { hapSaleRule } from '../subsidy/hapSaleRule';
import { minyakitaSaleRule } from '../subsidy/minyakitaSaleRule';
import { sphpSaleRule } from '../subsidy/sphpSaleRule';

export function defaultSaleRules(): SaleRule[] {
  return [opnameFreezeRule, lpgSaleRule, sphpSaleRule, minyakitaSaleRule, hapSaleRule];
}
