// Error codes in words a cashier understands: Bahasa Indonesia first, English second.
// {name} is replaced by the error's params. Features add their codes in their own file and
// register it in `catalogues` below.
import type { ErrorParams } from '../errors';
import { formatDate } from './format';
import { problemText } from './validation';
import { hostMessages } from './hostMessages';
import { authMessages } from './authMessages';
import { salesMessages } from './salesMessages';
import { shiftsMessages } from './shiftsMessages';
import { catalogMessages } from './catalogMessages';
import { posMessages } from './posMessages';
import { stockMessages } from './stockMessages';
import { exportsMessages } from './exportsMessages';
import { dataMessages } from './dataMessages';
import { setupMessages } from './setupMessages';
import { cliMessages } from './cliMessages';
import { salesImportMessages } from './salesImportMessages';
import { lpgMessages } from './lpgMessages';
import { membersMessages } from './membersMessages';
import { doorMessages } from './doorMessages';
import { printingMessages } from './printingMessages';
import { syncMessages } from './syncMessages';
import { booksMessages } from './booksMessages';
import { paymentsMessages } from './paymentsMessages';
import { vaultMessages } from './vaultMessages';
import { settingsMessages } from './settingsMessages';

export type Lang = 'id' | 'en';
export type MessageCatalog = Record<string, { id: string; en: string }>;

/** One catalogue per feature; a code lives in exactly one of them (tests/unit/errorCatalogues). */
export const catalogues = {
  host: hostMessages,
  auth: authMessages,
  sales: salesMessages,
  shifts: shiftsMessages,
  catalog: catalogMessages,
  pos: posMessages,
  stock: stockMessages,
  exports: exportsMessages,
  data: dataMessages,
  setup: setupMessages,
  cli: cliMessages,
  salesImport: salesImportMessages,
  lpg: lpgMessages,
  members: membersMessages,
  printing: printingMessages,
  sync: syncMessages,
  door: doorMessages,
  books: booksMessages,
  payments: paymentsMessages,
  vault: vaultMessages,
  settings: settingsMessages,
};

type Catalogues = typeof catalogues;
/** Every error code the core, the drivers and the screens may report: each has words in both languages. */
export type ErrorCode = { [F in keyof Catalogues]: keyof Catalogues[F] & string }[keyof Catalogues];

const all: Record<ErrorCode, { id: string; en: string }> = Object.assign({}, ...Object.values(catalogues));

/** A code from outside (an older host, a stored job) may be unknown: it still gets a sentence. */
export function errorText(code: string, params: ErrorParams, lang: Lang): string {
  const entry = Object.hasOwn(all, code) ? all[code as ErrorCode] : undefined;
  if (!entry) return lang === 'id' ? `Terjadi kesalahan (${code}).` : `Something went wrong (${code}).`;
  // A refused input carries a rule, not a sentence: its words are made here, in the reader's language.
  const filled = typeof params.rule === 'string' ? { ...params, problem: problemText(params, lang) } : params;
  return entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => formatParam(k, filled[k]));
}

function formatParam(key: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  // A calendar day the core sends as YYYY-MM-DD reads dd/mm/yyyy in every message (issue 15 item 11).
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, 'UTC');
  if (typeof value === 'number' && /price|het|hap|total|paid|short|amount|cash|nonCash/i.test(key)) {
    return `Rp${Math.trunc(value)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  }
  return String(value);
}

export function knownErrorCodes(): ErrorCode[] {
  return Object.keys(all) as ErrorCode[];
}
