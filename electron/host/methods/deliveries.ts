import { deliveriesApi } from '../../../shared/api/deliveries';
import {
  cancelDelivery,
  countDelivery,
  createDelivery,
  getDelivery,
  listDeliveries,
  payDelivery,
  postDelivery,
  reconciliation,
} from '../../services/deliveries/deliveries';
import { method } from '../router';

export const deliveriesMethods = {
  'deliveries.create': method(deliveriesApi['deliveries.create'], (ctx, input) => createDelivery(ctx.core, input, ctx.user.id)),
  'deliveries.count': method(deliveriesApi['deliveries.count'], (ctx, input) => countDelivery(ctx.core, input, ctx.user.id)),
  'deliveries.post': method(deliveriesApi['deliveries.post'], (ctx, input) => postDelivery(ctx.core, input.deliveryId, ctx.user.id)),
  'deliveries.cancel': method(deliveriesApi['deliveries.cancel'], (ctx, input) => cancelDelivery(ctx.core, input.deliveryId, input.reason, ctx.user.id)),
  'deliveries.pay': method(deliveriesApi['deliveries.pay'], (ctx, input) => payDelivery(ctx.core, input, ctx.user.id)),
  'deliveries.get': method(deliveriesApi['deliveries.get'], (ctx, input) => getDelivery(ctx.core, input.deliveryId)),
  'deliveries.list': method(deliveriesApi['deliveries.list'], (ctx, input) => listDeliveries(ctx.core, input)),
  'deliveries.reconciliation': method(deliveriesApi['deliveries.reconciliation'], (ctx, input) => reconciliation(ctx.core, input.fromMonth, input.toMonth)),
};
