import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, type MethodContract } from './common';

const Period = z.object({ from: IsoDate, to: IsoDate }).refine((p) => p.from <= p.to, 'from <= to');
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const reportsApi = {
  'reports.salesByDay': { input: Period, roles: MANAGER_ROLES, summary: 'Completed sales per business day: count, total, returns.' },
  'reports.salesByHour': { input: Period, roles: MANAGER_ROLES, summary: 'Completed sales per hour of day (outlet time zone), 24 rows.' },
  'reports.salesByCategory': { input: Period, roles: MANAGER_ROLES, summary: 'Sales per category, largest first.' },
  'reports.salesByPayment': { input: Period, roles: MANAGER_ROLES, summary: 'Sales per payment method; cash net of change.' },
  'reports.margin': { input: Period, roles: MANAGER_ROLES, summary: 'Margin per product: line_total − unit_cost × qty.' },
  'reports.members': { input: Period, roles: MANAGER_ROLES, summary: 'Member vs non-member sales.' },
  'reports.stockMinimum': { input: z.object({ belowOnly: z.boolean().optional() }), roles: MANAGER_ROLES, summary: 'Stock on hand against each product’s minimum level.' },
  'reports.lpgAllocation': { input: z.object({ fromMonth: Month, toMonth: Month }).refine((p) => p.fromMonth <= p.toMonth, 'fromMonth <= toMonth'), roles: MANAGER_ROLES, summary: 'LPG 3 kg per month: allocation, tabung received, sold, % used.' },
} satisfies Record<string, MethodContract>;
