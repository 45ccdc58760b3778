import { printingApi } from '../../../shared/api/printing';
import {
  lastPreview,
  openDrawer,
  printCalibrationPage,
  previewSale,
  printerConfigView,
  printerStatus,
  printJobs,
  printMemberCard,
  printSale,
  printShuSlip,
  printTestPage,
  printZReport,
  reprintSale,
  setPrinterConfig,
  type PrintHooks,
} from '../../services/printing/printing';
import { saveCalibration } from '../../services/printing/calibration';
import { discoverDevices } from '../../../drivers/discovery';
import { method, type CallContext } from '../router';

/** Every finished job (done or failed) goes to the screens as a 'print.job' event. */
const hooks = (ctx: CallContext): PrintHooks => ({ onJob: (job) => ctx.events.publish({ type: 'print.job', payload: job }) });

export const printingMethods = {
  'printer.config.get': method(printingApi['printer.config.get'], (ctx) => printerConfigView(ctx.core)),
  'printer.config.set': method(printingApi['printer.config.set'], (ctx, input) => setPrinterConfig(ctx.core, ctx.user.id, input)),
  'printer.status': method(printingApi['printer.status'], (ctx) => printerStatus(ctx.core)),
  'printer.discover': method(printingApi['printer.discover'], (_ctx, input) => discoverDevices({ tcpHosts: input.tcpHosts })),
  'print.sale': method(printingApi['print.sale'], (ctx, input) => printSale(ctx.core, ctx.user.id, input.saleId, hooks(ctx))),
  'print.reprint': method(printingApi['print.reprint'], (ctx, input) => reprintSale(ctx.core, ctx.user.id, input.saleId, hooks(ctx))),
  'print.zReport': method(printingApi['print.zReport'], (ctx, input) => printZReport(ctx.core, input.shiftId, hooks(ctx))),
  'print.memberCard': method(printingApi['print.memberCard'], (ctx, input) => printMemberCard(ctx.core, input.memberId, hooks(ctx))),
  'print.shuSlip': method(printingApi['print.shuSlip'], (ctx, input) => printShuSlip(ctx.core, input.runId, input.memberId, hooks(ctx))),
  'print.testPage': method(printingApi['print.testPage'], (ctx) => printTestPage(ctx.core, hooks(ctx))),
  'print.preview': method(printingApi['print.preview'], (ctx, input) => (input.saleId ? previewSale(ctx.core, input.saleId) : lastPreview(ctx.core))),
  'print.calibration': method(printingApi['print.calibration'], (ctx) => printCalibrationPage(ctx.core, hooks(ctx))),
  'printer.calibration.save': method(printingApi['printer.calibration.save'], (ctx, input) => saveCalibration(ctx.core, ctx.user.id, input)),
  'print.jobs': method(printingApi['print.jobs'], (ctx) => printJobs(ctx.core)),
  'drawer.open': method(printingApi['drawer.open'], (ctx, input) => openDrawer(ctx.core, ctx.user.id, input.reason, hooks(ctx))),
};
