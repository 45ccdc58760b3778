// Puts a core, the router and the event bus together: what every transport starts from.
import { openCore, type Core, type KeyProvider } from '../services/core';
import { defaultSaleRules } from '../services/sales/saleRulesRegistry';
import { defaultKeyFile, fileKeyProvider } from '../services/privacy/keyFile';
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
}

export function openHost(options: HostOptions): Host {
  // A new outlet in a folder that takes no files would fail on the key file first, in errno words.
  if (options.create && storageProblem(options.dbFile) === 'dir') throw new AppError('DATA_DIR_READ_ONLY', { dir: dirname(options.dbFile) });
  const keys = options.keys ?? fileKeyProvider(options.keyFile ?? defaultKeyFile(options.dbFile), { create: options.create ?? false });
  const core = openCore({ file: options.dbFile, keys, create: options.create ?? false, now: options.now, saleRules: defaultSaleRules() });
  const events = createEventBus();
  const router = createRouter(core, allMethods, events);
  return { core, router, events, close: () => core.close() };
}
