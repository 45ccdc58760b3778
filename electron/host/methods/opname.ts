import { opnameApi } from '../../../shared/api/opname';
import { cancelOpname, countOpname, getOpname, listOpnames, startOpname } from '../../services/opname/opname';
import { postOpname } from '../../services/opname/opnamePost';
import { method } from '../router';

export const opnameMethods = {
  'opname.start': method(opnameApi['opname.start'], (ctx, input) => startOpname(ctx.core, input, ctx.user.id)),
  'opname.count': method(opnameApi['opname.count'], (ctx, input) => countOpname(ctx.core, input, ctx.user.id, ctx.user)),
  'opname.post': method(opnameApi['opname.post'], (ctx, input) => postOpname(ctx.core, input, ctx.user.id)),
  'opname.cancel': method(opnameApi['opname.cancel'], (ctx, input) => cancelOpname(ctx.core, input.opnameId, ctx.user.id)),
  'opname.get': method(opnameApi['opname.get'], (ctx, input) => getOpname(ctx.core, input.opnameId, ctx.user)),
  'opname.list': method(opnameApi['opname.list'], (ctx) => listOpnames(ctx.core)),
};
