// Puts a core, the router and the event bus together: what every transport starts from.
import { openCore, type Core, type KeyProvider } from '../services/core';
import { defaultSaleRules } from '../services/sales/saleRulesRegistry';
import { defaultKeyFile, fileKeyProvider } from '../services/privacy/keyFile';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createEventBus, type EventBus } from './events';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';
import { storageProblem } from '../db/storage';
import { allMethods } from './methods';
import { createRouter, type Router } from './router';

export interface Host {
  core: Core;
  router: Router;
  events: EventBus;
  close(): void;
}

export interface HostOptions {
  dbFile: string;
  keys?: KeyProvider;
  keyFile?: string;
  create?: boolean;
  now?: () => Date;
  /**
   * Open even when the NIK key file is absent: what never reads personal data (a ledger export,
   * a catalog import) still runs, and reading a NIK fails with KEY_FILE_MISSING naming the file.
   */
  keysOptional?: boolean;
}

export function openHost(options: HostOptions): Host {
  // A new outlet in a folder that takes no files would fail on the key file first, in errno words.
  if (options.create && storageProblem(options.dbFile) === 'dir') throw new AppError('DATA_DIR_READ_ONLY', { dir: dirname(options.dbFile) });
  const keyFile = options.keyFile ?? defaultKeyFile(options.dbFile);
  const keys =
    options.keys ?? (options.keysOptional && !existsSync(keyFile) ? keysNotNeeded(keyFile) : fileKeyProvider(keyFile, { create: options.create ?? false }));
  const core = openCore({ file: options.dbFile, keys, create: options.create ?? false, now: options.now, saleRules: defaultSaleRules() });
  const events = createEventBus();
  const router = createRouter(core, allMethods, events);
  return { core, router, events, close: () => core.close() };
}

/**
 * A router over an empty in-memory database, for the system-only methods whose file no host may
 * hold open: `kkmp verify` reads a file as it is (a host would first migrate it) and `kkmp restore`
 * replaces one. Nothing of an outlet lives here; the methods name the file they work on.
 */
export function openFileToolsHost(): Host {
  // Its own journal is sealed like any other, under keys that live only as long as it does.
  const dataKey = randomBytes(32);
  const lookupKey = randomBytes(32);
  return openHost({ dbFile: ':memory:', create: true, keys: { dataKey: () => dataKey, lookupKey: () => lookupKey } });
}

function keysNotNeeded(path: string): KeyProvider {
  const missing = (): Buffer => {
    throw new AppError('KEY_FILE_MISSING', { path });
  };
  return { dataKey: missing, lookupKey: missing };
}
