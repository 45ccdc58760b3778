import { salesApi } from '../../../shared/api/sales';
import { commitSale, loadSale } from '../../services/sales/sales';
import { returnSale, returnsOf, saleIdByReceipt, voidSale } from '../../services/sales/saleReversal';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { AppError } from '../../../shared/errors';
import { activeUserByName } from '../../services/auth/auth';
import { importHistory } from '../../services/sales/salesImport';
import { anyCaller, method } from '../router';

export const salesMethods = {
  'sales.importHistory': anyCaller(salesApi['sales.importHistory'], (ctx, input) => {
    if (!existsSync(input.path)) throw new AppError('IMPORT_FILE_MISSING', { file: input.path });
    const lines = createInterface({ input: createReadStream(input.path, 'utf8'), crlfDelay: Infinity });
    return importHistory(ctx.core, activeUserByName(ctx.core, input.username), lines, { batchSize: input.batchSize });
  }),
  'sales.commit': method(salesApi['sales.commit'], (ctx, input) => {
    const result = commitSale(ctx.core, ctx.user, input);
    if (!result.replayed) ctx.events.publish({ type: 'sale.committed', payload: { saleId: result.saleId, receiptNo: result.receiptNo } });
    return result;
  }),
  'sales.get': method(salesApi['sales.get'], (ctx, input) => loadSale(ctx.core, input.saleId, false)),
  'sales.byReceipt': method(salesApi['sales.byReceipt'], (ctx, input) => loadSale(ctx.core, saleIdByReceipt(ctx.core, input.receiptNo), false)),
  'sales.void': method(salesApi['sales.void'], (ctx, input) => {
    const result = voidSale(ctx.core, ctx.user, input);
    ctx.events.publish({ type: 'sale.voided', payload: { saleId: result.saleId, receiptNo: result.receiptNo } });
    return result;
  }),
  'sales.return': method(salesApi['sales.return'], (ctx, input) => {
    const result = returnSale(ctx.core, ctx.user, input);
    if (!result.replayed) ctx.events.publish({ type: 'sale.returned', payload: { saleId: result.saleId, returnId: result.returnId } });
    return result;
  }),
  'sales.returns': method(salesApi['sales.returns'], (ctx, input) => returnsOf(ctx.core, input.saleId)),
};
