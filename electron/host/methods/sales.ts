import { salesApi } from '../../../shared/api/sales';
import { commitSale, loadSale } from '../../services/sales';
import { method } from '../router';

export const salesMethods = {
  'sales.commit': method(salesApi['sales.commit'], (ctx, input) => {
    const result = commitSale(ctx.core, ctx.user, input);
    if (!result.replayed) ctx.events.publish({ type: 'sale.committed', payload: { saleId: result.saleId, receiptNo: result.receiptNo } });
    return result;
  }),
  'sales.get': method(salesApi['sales.get'], (ctx, input) => loadSale(ctx.core, input.saleId, false)),
};
