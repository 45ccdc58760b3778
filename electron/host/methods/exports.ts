import { exportsApi } from '../../../shared/api/exports';
import { cancelExportJob, downloadExportJob, exportJobStatus, startKartuStokJob } from '../../services/exports/exportJobs';
import { method } from '../router';

export const exportsMethods = {
  'exports.kartuStok': method(exportsApi['exports.kartuStok'], (ctx, input) =>
    startKartuStokJob(ctx.core, { format: input.format, skus: input.all ? 'all' : input.skus!, from: input.from, to: input.to }, ctx.user.id, (job) =>
      ctx.events.publish({ type: 'export.progress', payload: job }),
    ),
  ),
  'exports.status': method(exportsApi['exports.status'], (ctx, input) => exportJobStatus(ctx.core, input.jobId)),
  'exports.cancel': method(exportsApi['exports.cancel'], (ctx, input) => cancelExportJob(ctx.core, input.jobId)),
  'exports.download': method(exportsApi['exports.download'], (ctx, input) => downloadExportJob(ctx.core, input.jobId)),
};
