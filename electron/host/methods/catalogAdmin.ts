import { catalogAdminApi } from '../../../shared/api/catalogAdmin';
import {
  addBarcode,
  createProductAdmin,
  listCategories,
  listProductsAdmin,
  priceHistory,
  productAdmin,
  removeBarcode,
  saveCategory,
  setCeiling,
  setSellingPrice,
  updateProduct,
} from '../../services/catalog/catalogAdmin';
import { importCatalog } from '../../services/catalog/catalogImport';
import { actorId, anyCaller, method } from '../router';

export const catalogAdminMethods = {
  'catalogAdmin.list': method(catalogAdminApi['catalogAdmin.list'], (ctx, input) => listProductsAdmin(ctx.core, input)),
  'catalogAdmin.get': method(catalogAdminApi['catalogAdmin.get'], (ctx, input) => ({
    product: productAdmin(ctx.core, input.productId),
    ...priceHistory(ctx.core, input.productId),
  })),
  'catalogAdmin.create': method(catalogAdminApi['catalogAdmin.create'], (ctx, input) => createProductAdmin(ctx.core, input, ctx.user.id)),
  'catalogAdmin.update': method(catalogAdminApi['catalogAdmin.update'], (ctx, { productId, ...patch }) =>
    updateProduct(ctx.core, productId, patch, ctx.user.id),
  ),
  'catalogAdmin.addBarcode': method(catalogAdminApi['catalogAdmin.addBarcode'], (ctx, input) =>
    addBarcode(ctx.core, input.productId, input.barcode, ctx.user.id),
  ),
  'catalogAdmin.removeBarcode': method(catalogAdminApi['catalogAdmin.removeBarcode'], (ctx, input) =>
    removeBarcode(ctx.core, input.productId, input.gtin, ctx.user.id),
  ),
  'catalogAdmin.setPrice': method(catalogAdminApi['catalogAdmin.setPrice'], (ctx, input) =>
    setSellingPrice(ctx.core, input.productId, input.amount, input.validFrom, ctx.user.id),
  ),
  'catalogAdmin.setCeiling': method(catalogAdminApi['catalogAdmin.setCeiling'], (ctx, input) => setCeiling(ctx.core, input, ctx.user.id)),
  'catalogAdmin.categories': method(catalogAdminApi['catalogAdmin.categories'], (ctx) => listCategories(ctx.core)),
  'catalogAdmin.saveCategory': method(catalogAdminApi['catalogAdmin.saveCategory'], (ctx, input) => {
    saveCategory(ctx.core, input, ctx.user.id);
    return listCategories(ctx.core);
  }),
  'catalogAdmin.import': anyCaller(catalogAdminApi['catalogAdmin.import'], (ctx, input) =>
    importCatalog(ctx.core, { fileName: input.fileName, bytes: Buffer.from(input.base64, 'base64'), validOnly: input.validOnly }, actorId(ctx)),
  ),
};
