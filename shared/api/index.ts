// The whole API contract: every method's input, output and roles, by name. The host binds a
// handler to each entry, the renderer's client is typed from it (shared/api/client.ts) and
// docs/api.md is generated from it.
import type { z } from 'zod';
import type { MethodContract } from './common';
import { adminApi } from './admin';
import { authApi } from './auth';
import { catalogApi } from './catalog';
import { catalogAdminApi } from './catalogAdmin';
import { deliveriesApi } from './deliveries';
import { devicesApi } from './devices';
import { exportsApi } from './exports';
import { kartuStokApi } from './kartuStok';
import { lpgApi } from './lpg';
import { membersApi } from './members';
import { opnameApi } from './opname';
import { posApi } from './pos';
import { printingApi } from './printing';
import { reportsApi } from './reports';
import { salesApi } from './sales';
import { setupApi } from './setup';
import { shiftsApi } from './shifts';
import { stockApi } from './stock';
import { syncApi } from './sync';
import { booksApi } from './books';
import { paymentsApi } from './payments';
import { kasApi } from './kas';
import { vaultApi } from './vault';
import { settingsApi } from './settings';

export const apiContract = {
  ...authApi,
  ...salesApi,
  ...shiftsApi,
  ...catalogApi,
  ...posApi,
  ...deliveriesApi,
  ...stockApi,
  ...opnameApi,
  ...kartuStokApi,
  ...setupApi,
  ...exportsApi,
  ...lpgApi,
  ...catalogAdminApi,
  ...membersApi,
  ...printingApi,
  ...reportsApi,
  ...adminApi,
  ...syncApi,
  ...devicesApi,
  ...booksApi,
  ...paymentsApi,
  ...kasApi,
  ...vaultApi,
  ...settingsApi,
} satisfies Record<string, MethodContract>;

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract & string;
export type MethodInput<K extends MethodName> = z.input<ApiContract[K]['input']>;
export type MethodOutput<K extends MethodName> = ApiContract[K] extends { output: infer O extends z.ZodType } ? z.output<O> : unknown;
