import { paymentsApi } from '../../../shared/api/payments';
import { checkQris } from '../../../shared/payments/qris';
import { paymentSettings, saveCashRounding, saveQris } from '../../services/payments/paymentSettings';
import { printQrisSlip } from '../../services/printing/printing';
import { method } from '../router';

export const paymentsMethods = {
  'payments.settings': method(paymentsApi['payments.settings'], (ctx) => paymentSettings(ctx.core)),
  'payments.saveRounding': method(paymentsApi['payments.saveRounding'], (ctx, input) => saveCashRounding(ctx.core, ctx.user.id, input.rule, input.validFrom)),
  'payments.saveQris': method(paymentsApi['payments.saveQris'], (ctx, input) => saveQris(ctx.core, ctx.user.id, input.payload)),
  'payments.printQris': method(paymentsApi['payments.printQris'], (ctx, input) =>
    printQrisSlip(ctx.core, input.amount, { onJob: (job) => ctx.events.publish({ type: 'print.job', payload: job }) }),
  ),
  'payments.qrisCheck': method(paymentsApi['payments.qrisCheck'], (_ctx, input) => checkQris(input.payload)),
};
