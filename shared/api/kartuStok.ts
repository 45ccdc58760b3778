import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, type MethodContract } from './common';

export const KartuStokCursor = z.object({ at: z.string().min(1).max(40), id: z.number().int().min(0), balanceMilli: z.number().int() });

export const kartuStokApi = {
  'kartuStok.page': {
    input: z.object({
      productId: z.string().min(1).max(64),
      from: IsoDate,
      to: IsoDate,
      /** The `next` of the previous page; absent for the first page. */
      cursor: KartuStokCursor.nullish(),
      limit: z.number().int().min(1).max(2000).default(200),
    }),
    roles: MANAGER_ROLES,
    summary: 'One page of a product’s kartu stok (keyset on at, id) with running balances; the first page also carries the period summary.',
  },
} satisfies Record<string, MethodContract>;
