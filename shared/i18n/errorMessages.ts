// Error codes in words a cashier understands: Bahasa Indonesia first, English second.
// {name} is replaced by the error's params. Features add their codes in their own file and
// register it in `catalogs` below.
import type { ErrorParams } from '../errors';
import { coreMessages } from './coreMessages';
import { foundationMessages } from './foundationMessages';
import { membersMessages } from './membersMessages';
import { posMessages } from './posMessages';
import { backOfficeMessages } from './backOfficeMessages';
import { desktopMessages } from './desktopMessages';
import { lpgMessages } from './lpgMessages';
import { printingMessages } from './printingMessages';
import { importMessages } from './importMessages';

export type Lang = 'id' | 'en';
export type MessageCatalog = Record<string, { id: string; en: string }>;

const catalogs: MessageCatalog[] = [coreMessages, foundationMessages, membersMessages, posMessages, backOfficeMessages, desktopMessages, lpgMessages, printingMessages, importMessages];

const all: MessageCatalog = Object.assign({}, ...catalogs);

export function errorText(code: string, params: ErrorParams, lang: Lang): string {
  const entry = all[code];
  if (!entry) return lang === 'id' ? `Terjadi kesalahan (${code}).` : `Something went wrong (${code}).`;
  return entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => formatParam(k, params[k]));
}

function formatParam(key: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && /price|het|hap|total|paid|short|amount|cash|nonCash/i.test(key)) {
    return `Rp${Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  }
  return String(value);
}

export function knownErrorCodes(): string[] {
  return Object.keys(all);
}
