// One entry point for the RAT files of a run: the API and the CLI both come through here.
import type { ShuRunView } from '../../../shared/api/members';
import type { Core } from '../core';
import { setting } from '../settings/settings';
import { shuCsv, shuPdf, shuXlsx } from './shuExport';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export async function exportRun(core: Core, run: ShuRunView, format: 'csv' | 'xlsx' | 'pdf'): Promise<ExportFile> {
  const outletName = setting(core, 'outlet.name');
  const base = `daftar-shu-${run.year}${run.status === 'approved' ? '' : '-draf'}`;
  if (format === 'csv') return { fileName: `${base}.csv`, mimeType: 'text/csv', content: shuCsv(run) };
  if (format === 'xlsx')
    return { fileName: `${base}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await shuXlsx(run, outletName) };
  return { fileName: `${base}.pdf`, mimeType: 'application/pdf', content: await shuPdf(run, outletName) };
}
