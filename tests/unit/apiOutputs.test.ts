// The counter, sales, stock and LPG contracts state what each method returns, and an output
// object that gains a field the contract does not name is refused (drift shows up in tests).
import { describe, expect, it } from 'vitest';
import { authApi } from '../../shared/api/auth';
import { catalogApi } from '../../shared/api/catalog';
import { catalogAdminApi } from '../../shared/api/catalogAdmin';
import { deliveriesApi } from '../../shared/api/deliveries';
import { lpgApi } from '../../shared/api/lpg';
import { opnameApi } from '../../shared/api/opname';
import { posApi } from '../../shared/api/pos';
import { salesApi } from '../../shared/api/sales';
import { shiftsApi } from '../../shared/api/shifts';
import { stockApi } from '../../shared/api/stock';

const tables = { authApi, salesApi, shiftsApi, posApi, catalogApi, catalogAdminApi, lpgApi, deliveriesApi, opnameApi, stockApi };

describe('output schemas', () => {
  it('every method of these contracts says what it returns', () => {
    const without = Object.values(tables).flatMap((t) =>
      Object.entries(t)
        .filter(([, c]) => !('output' in c) || !c.output)
        .map(([name]) => name),
    );
    expect(without).toEqual([]);
  });

  it('refuse a result with a field the contract does not name', () => {
    const info = {
      outletCode: 'GI',
      outletName: 'Gerai',
      timeZone: 'Asia/Makassar',
      businessDate: '2026-11-20',
      sphpMaxPacks: 2,
      tenderMax: 10_000_000,
      cashRounding: { unit: 100, mode: 'down' },
      qrisPayload: null,
    };
    expect(posApi['pos.info'].output.safeParse(info).success).toBe(true);
    expect(posApi['pos.info'].output.safeParse({ ...info, secret: 'x' }).success).toBe(false);
  });

  it('refuse a fractional rupiah amount', () => {
    expect(stockApi['stock.adjust'].output.safeParse({ adjustmentId: 'a', balanceMilli: 1500 }).success).toBe(true);
    expect(stockApi['stock.adjust'].output.safeParse({ adjustmentId: 'a', balanceMilli: 1.5 }).success).toBe(false);
  });
});
