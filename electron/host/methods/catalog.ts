import { catalogApi } from '../../../shared/api/catalog';
import { catalogVersion, lookup, search, snapshot } from '../../services/catalog/catalogRead';
import { method } from '../router';

export const catalogMethods = {
  'catalog.lookup': method(catalogApi['catalog.lookup'], (ctx, input) => lookup(ctx.core, input.code)),
  'catalog.search': method(catalogApi['catalog.search'], (ctx, input) => search(ctx.core, input.query, input.limit)),
  'catalog.version': method(catalogApi['catalog.version'], (ctx) => ({ version: catalogVersion(ctx.core) })),
  'catalog.snapshot': method(catalogApi['catalog.snapshot'], (ctx, input) => snapshot(ctx.core, input.ifNoneMatch)),
};
