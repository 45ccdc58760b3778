import { exportsApi } from '../../../shared/api/exports';
import { cancelExportJob, downloadExportJob, exportJobStatus, saveExportJob, startKartuStokJob } from '../../services/exports/exportJobs';
import { actorId, anyCaller, method } from '../router';

export const exportsMethods = {
  'exports.kartuStok': anyCaller(exportsApi['exports.kartuStok'], (ctx, input) =>
    startKartuStokJob(ctx.core, { format: input.format, skus: input.all ? 'all' : input.skus!, from: input.from, to: input.to }, actorId(ctx), (job) =>
      ctx.events.publish({ type: 'export.progress', payload: job }),
    ),
  ),
  'exports.status': anyCaller(exportsApi['exports.status'], (ctx, input) => exportJobStatus(ctx.core, input.jobId)),
  'exports.cancel': anyCaller(exportsApi['exports.cancel'], (ctx, input) => cancelExportJob(ctx.core, input.jobId)),
  'exports.save': anyCaller(exportsApi['exports.save'], (ctx, input) => saveExportJob(ctx.core, input.jobId, input.path)),
  'exports.download': method(exportsApi['exports.download'], (ctx, input) => downloadExportJob(ctx.core, input.jobId)),
};
