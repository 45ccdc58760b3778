import { kartuStokApi } from '../../../shared/api/kartuStok';
import { kartuStokMoves, kartuStokSummary, periodBounds, productById } from '../../services/stock/kartuStok';
import { method } from '../router';

export const kartuStokMethods = {
  'kartuStok.page': method(kartuStokApi['kartuStok.page'], (ctx, input) => {
    const product = productById(ctx.core, input.productId);
    const bounds = periodBounds(ctx.core, input);
    const page = kartuStokMoves(ctx.core, input.productId, bounds, input.cursor ?? null, input.limit);
    return { product, summary: input.cursor ? null : kartuStokSummary(ctx.core, product, bounds), ...page };
  }),
};
