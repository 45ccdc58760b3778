import { reportsApi } from '../../../shared/api/reports';
import { lpgAllocationUse, marginByProduct, memberVsNonMember, salesByCategory, salesByDay, salesByHour, salesByPayment } from '../../services/reports/reports';
import { headline } from '../../services/reports/headline';
import { stockBalances } from '../../services/stock/stock';
import { method } from '../router';

export const reportsMethods = {
  'reports.headline': method(reportsApi['reports.headline'], (ctx, p) => headline(ctx.core, p)),
  'reports.salesByDay': method(reportsApi['reports.salesByDay'], (ctx, p) => salesByDay(ctx.core, p)),
  'reports.salesByHour': method(reportsApi['reports.salesByHour'], (ctx, p) => salesByHour(ctx.core, p)),
  'reports.salesByCategory': method(reportsApi['reports.salesByCategory'], (ctx, p) => salesByCategory(ctx.core, p)),
  'reports.salesByPayment': method(reportsApi['reports.salesByPayment'], (ctx, p) => salesByPayment(ctx.core, p)),
  'reports.margin': method(reportsApi['reports.margin'], (ctx, p) => marginByProduct(ctx.core, p)),
  'reports.members': method(reportsApi['reports.members'], (ctx, p) => memberVsNonMember(ctx.core, p)),
  'reports.stockMinimum': method(reportsApi['reports.stockMinimum'], (ctx, p) => stockBalances(ctx.core, { belowMinimum: p.belowOnly, limit: 1000 })),
  'reports.lpgAllocation': method(reportsApi['reports.lpgAllocation'], (ctx, p) => lpgAllocationUse(ctx.core, p.fromMonth, p.toMonth)),
};
