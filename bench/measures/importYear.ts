// (b) "Import of the year" = `kkmp import sales`: the old POS's history file (every delivery and
// every sale of the year, JSONL) replayed into the outlet's catalog through commitSale and
// postMove, in batches of 500 records per transaction. Timed from opening the database to the
// last commit. In quick mode the year is a tenth of the size; the figure is scaled linearly.
// The floor (bench/lib/importFloor): the same file parsed and the same rows written with raw SQL
// in as many transactions, into a copy of the base outlet without triggers.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { copyOutlet, importInto, SCALES } from '../generate';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { s } from '../lib/stats';
import { importFloor } from '../lib/importFloor';

const BATCH = 500;

export async function importYear(ctx: BenchContext): Promise<Figure[]> {
  const { stats } = ctx.outlet;
  let seconds: number;
  let sales: number;
  let how: string;
  if (ctx.generatedNow) {
    // The generator just did exactly this (copy the base outlet, importInto): do not do it twice.
    seconds = stats.importSeconds;
    sales = stats.sales;
    how = 'the generator’s own import of this run';
  } else {
    const dbFile = join(ctx.workDir, 'import.sqlite');
    copyOutlet(ctx.outlet.baseDb, dbFile);
    const t0 = performance.now();
    const report = await importInto(dbFile, ctx.outlet.historyFile, BATCH);
    seconds = (performance.now() - t0) / 1000;
    sales = report.sales;
    if (report.rejected.length > 0) throw new Error(`import refused ${report.rejected.length} records`);
    how = 'a fresh import into a copy of the base outlet';
  }
  const full = SCALES.full!;
  const yearSeconds = (seconds * full.sales) / sales;
  const scaled = sales < full.sales;
  const floor = await importFloor({
    baseDb: ctx.outlet.baseDb,
    importedDb: ctx.outlet.fullDb,
    historyFile: ctx.outlet.historyFile,
    floorDb: join(ctx.workDir, 'import-floor.sqlite'),
    batchSize: BATCH,
  });
  const floorYear = (floor.seconds * full.sales) / sales;
  const ratio = seconds / floor.seconds;
  return [
    {
      id: 'b.import-year',
      what: `import of a year (${full.sales.toLocaleString('en-US')} sales, ${(full.sales * full.linesPerSale).toLocaleString('en-US')} lines)`,
      value: `${s(yearSeconds)} (${ratio.toFixed(2)}× the floor)`,
      floor: `raw replay ${s(floorYear)}: parse ${s(floor.parseSeconds)} + write ${floor.rows.toLocaleString('en-US')} rows in ${floor.transactions} txns ${s(floor.writeSeconds)} (read-back ${s(floor.readSeconds)} taken off)${scaled ? ', scaled like the value' : ''}`,
      ratio,
      target: '≤ 1.3× the raw replay',
      verdict: verdict(ratio <= 1.3),
      runs: '1 + 1 floor',
      detail: `${sales.toLocaleString('en-US')} sales + ${stats.moves.toLocaleString('en-US')} stock moves in ${s(seconds)} (${Math.round(sales / seconds)} sales/s), ${how}${scaled ? '; scaled linearly to the full year' : ''}`,
      load: loadavg()[0],
      raw: { seconds, sales, yearSeconds, floorSeconds: floor.seconds, floorRows: floor.rows, ratio },
    },
  ];
}
