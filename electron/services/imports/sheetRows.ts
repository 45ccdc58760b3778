// One reader for the lists people bring as a spreadsheet (the member list, opening balances): a
// CSV, or the first sheet of an XLSX, as rows of cells. Row n of the result is row n + 1 as the
// spreadsheet numbers it, empty rows included, so a report can name the row people see.
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../shared/errors';
import { loadExcelJs } from '../exports/heavyLibs';

export type SheetCell = string | number | Date | null;

export function sheetRows(format: 'csv' | 'xlsx', content: Buffer): Promise<SheetCell[][]> {
  return format === 'csv' ? Promise.resolve(csvRows(content)) : xlsxRows(content);
}

function csvRows(content: Buffer): string[][] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.slice(0, text.search(/\r?\n|$/));
  // Excel in an Indonesian locale writes ';' (the comma is the decimal mark there).
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    // relax_quotes: a quote inside a cell typed by hand (12" rak) is text, not a broken file.
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch {
    throw new AppError('IMPORT_FILE_INVALID', { format: 'CSV' });
  }
}

async function xlsxRows(content: Buffer): Promise<SheetCell[][]> {
  const wb = new (await loadExcelJs()).Workbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_FILE_INVALID', { format: 'XLSX' });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('IMPORT_FILE_INVALID', { format: 'XLSX' });
  const rows: SheetCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    const cells: SheetCell[] = [];
    r.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellValue(c.value);
    });
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A cell as typed: a date, a number, the text of rich text or a link, a formula's result. */
function cellValue(v: unknown): SheetCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number') return v;
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return cellValue(v.result);
  return String(v);
}
