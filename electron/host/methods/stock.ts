import { stockApi } from '../../../shared/api/stock';
import { adjustStock, stockBalances } from '../../services/stock/stock';
import { method } from '../router';

export const stockMethods = {
  'stock.adjust': method(stockApi['stock.adjust'], (ctx, input) => adjustStock(ctx.core, input, ctx.user.id)),
  'stock.balances': method(stockApi['stock.balances'], (ctx, input) => stockBalances(ctx.core, input)),
};
