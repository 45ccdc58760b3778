import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, IsoMonth, type MethodContract } from './common';

const Period = z.object({ from: IsoDate, to: IsoDate }).refine((p) => p.from <= p.to, 'from <= to');
const Int = z.number().int();
const rows = <S extends z.core.$ZodLooseShape>(shape: S) => z.array(z.strictObject(shape));

/** Margin = line_total − unit_cost × qty; marginPct is a percentage of revenue, one decimal, null without revenue. */
const MarginRow = {
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  qtyMilli: Int,
  revenue: Int,
  cost: Int,
  margin: Int,
  marginPct: z.number().nullable(),
};

/** On hand per active product against its minimum level (quantities in thousandths). */
export const StockBalanceRow = z.strictObject({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: z.enum(['piece', 'weight']),
  qtyMilli: Int,
  minStockMilli: Int,
  avgCost: Int,
  belowMinimum: z.boolean(),
});

export const reportsApi = {
  'reports.headline': {
    input: Period,
    output: z.strictObject({ omzet: Int, transactions: Int, averageBasket: Int, margin: Int, marginPct: z.string().nullable(), returns: Int }),
    roles: MANAGER_ROLES,
    summary: 'Headline figures of a period: omzet, transactions, average basket (half-up), margin and margin % of line revenue, returns.',
  },
  'reports.salesByDay': {
    input: Period,
    output: rows({ date: z.string(), sales: Int, total: Int, returns: Int }),
    roles: MANAGER_ROLES,
    summary: 'Completed sales per business day: count, total, returns.',
  },
  'reports.salesByHour': {
    input: Period,
    output: rows({ hour: Int, sales: Int, total: Int }),
    roles: MANAGER_ROLES,
    summary: 'Completed sales per hour of day (outlet time zone), 24 rows.',
  },
  'reports.salesByCategory': {
    input: Period,
    output: rows({ categoryCode: z.string().nullable(), categoryName: z.string(), lines: Int, total: Int }),
    roles: MANAGER_ROLES,
    summary: 'Sales per category, largest first.',
  },
  'reports.salesByPayment': {
    input: Period,
    output: z.strictObject({ rows: rows({ method: z.string(), payments: Int, total: Int }), rounding: Int, salesTotal: Int, received: Int }),
    roles: MANAGER_ROLES,
    summary:
      'Money per payment method (cash net of change), the pembulatan it carried, the sales total, and received = salesTotal + rounding (what the rows add up to).',
  },
  'reports.margin': { input: Period, output: rows(MarginRow), roles: MANAGER_ROLES, summary: 'Margin per product: line_total − unit_cost × qty.' },
  'reports.members': {
    input: Period,
    output: rows({ group: z.enum(['member', 'non_member']), sales: Int, total: Int }),
    roles: MANAGER_ROLES,
    summary: 'Member vs non-member sales.',
  },
  'reports.stockMinimum': {
    input: z.object({ belowOnly: z.boolean().optional() }),
    output: z.array(StockBalanceRow),
    roles: MANAGER_ROLES,
    summary: 'Stock on hand against each product’s minimum level.',
  },
  'reports.lpgAllocation': {
    input: z.object({ fromMonth: IsoMonth, toMonth: IsoMonth }).refine((p) => p.fromMonth <= p.toMonth, 'fromMonth <= toMonth'),
    output: rows({ month: z.string(), allocation: Int, received: Int, sold: Int, usedPct: z.number() }),
    roles: MANAGER_ROLES,
    summary: 'LPG 3 kg per month: allocation, tabung received, sold, % used.',
  },
} satisfies Record<string, MethodContract>;
