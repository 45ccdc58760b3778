import { kasApi } from '../../../shared/api/kas';
import { cashCategories, cashEntryPhoto, cashPinThreshold, listCashEntries, recordCashEntry } from '../../services/books/bukuKas';
import { method } from '../router';

export const kasMethods = {
  'kas.form': method(kasApi['kas.form'], (ctx, input) => ({ pinThreshold: cashPinThreshold(ctx.core), categories: cashCategories(ctx.core, input.place) })),
  'kas.record': method(kasApi['kas.record'], (ctx, input) => recordCashEntry(ctx.core, ctx.user, input)),
  'kas.list': method(kasApi['kas.list'], (ctx, input) => listCashEntries(ctx.core, input.from, input.to, input.shiftId)),
  'kas.photo': method(kasApi['kas.photo'], (ctx, input) => cashEntryPhoto(ctx.core, input.id)),
};
