// A minimal streaming XLSX writer: each sheet's XML is deflated onto a streaming zip (fflate) as
// its rows are written, so memory stays flat with a million rows and no per-cell objects exist.
// It writes what the kartu stok needs and nothing more: inline strings (no shared-string table to
// hold in memory), numbers, a few fixed styles, column widths and a frozen header row. Sheets
// are written one after the other; the workbook parts that name them are written at the end.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Zip, ZipDeflate, strToU8 } from 'fflate';

/** The styles this writer knows (index into cellXfs in STYLES_XML). */
export const XlsxStyle = { plain: 0, bold: 1, title: 2, dateTime: 3, qty: 4, qtyBold: 5, rupiah: 6 } as const;
export type XlsxStyle = (typeof XlsxStyle)[keyof typeof XlsxStyle];

/** A cell: text, a number (as exact decimal text or an integer), or empty. */
export type XlsxCell = null | string | { text: string; style: XlsxStyle } | { number: string | number; style?: XlsxStyle };

export interface XlsxSheetOptions {
  widths: number[];
  /** Keep the first row in view while scrolling. */
  freezeHeader?: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// cellXfs in the order of XlsxStyle; fonts: 0 normal, 1 bold, 2 bold 14 pt.
const STYLES_XML = `${HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm:ss"/><numFmt numFmtId="165" formatCode="#,##0.###"/><numFmt numFmtId="166" formatCode="#,##0"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const COLUMN_LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
// Characters XML 1.0 cannot carry at all (a note pasted from elsewhere may hold them).
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- the same set, tested before any replacing
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function xmlText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellXml(ref: string, c: Exclude<XlsxCell, null>): string {
  if (typeof c === 'string' || 'text' in c) {
    const text = typeof c === 'string' ? c : c.text;
    const style = typeof c === 'string' ? '' : ` s="${c.style}"`;
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
  }
  return `<c r="${ref}"${c.style ? ` s="${c.style}"` : ''}><v>${c.number}</v></c>`;
}

export interface XlsxSheet {
  /** Appends a row (synchronously); call `drain()` now and then to let the file catch up. */
  row(cells: XlsxCell[]): void;
  readonly rows: number;
}

export interface XlsxBook {
  sheet(name: string, options: XlsxSheetOptions): XlsxSheet;
  /** Waits while the file has more than its buffer queued (backpressure). */
  drain(): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

const FLUSH_AT = 64 * 1024;

export function openXlsx(file: string): XlsxBook {
  const out: WriteStream = createWriteStream(file, { mode: 0o600 });
  let failure: Error | null = null;
  const zip = new Zip((err, data, final) => {
    if (err) failure = err;
    else out.write(data);
    if (final) out.end();
  });
  const names: string[] = [];
  let current: { entry: ZipDeflate; buffer: string; end: string } | null = null;
  const flush = (final: boolean) => {
    if (!current) return;
    current.entry.push(strToU8(final ? current.buffer + current.end : current.buffer), final);
    current.buffer = '';
    if (final) current = null;
  };
  const whole = (name: string, xml: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(xml), true);
  };
  return {
    sheet(name, options) {
      flush(true);
      names.push(name);
      const entry = new ZipDeflate(`xl/worksheets/sheet${names.length}.xml`, { level: 6 });
      zip.add(entry);
      const pane = options.freezeHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
      const cols = options.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
      const state = {
        entry,
        buffer: `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><cols>${cols}</cols><sheetData>`,
        end: '</sheetData></worksheet>',
      };
      current = state;
      let rowNo = 0;
      return {
        row(cells) {
          if (current !== state) throw new Error('xlsx: a sheet is written after the next one was started');
          rowNo++;
          let xml = `<row r="${rowNo}">`;
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i];
            if (c !== null && c !== undefined) xml += cellXml(`${COLUMN_LETTERS[i]}${rowNo}`, c);
          }
          state.buffer += `${xml}</row>`;
          if (state.buffer.length >= FLUSH_AT) flush(false);
        },
        get rows() {
          return rowNo;
        },
      };
    },
    async drain() {
      if (failure) throw failure;
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async close() {
      flush(true);
      const sheets = names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
      whole('xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`);
      const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
      whole(
        'xl/_rels/workbook.xml.rels',
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
      );
      whole('xl/styles.xml', STYLES_XML);
      whole(
        '_rels/.rels',
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      );
      const sheetTypes = names
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('');
      whole(
        '[Content_Types].xml',
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetTypes}</Types>`,
      );
      zip.end();
      await once(out, 'finish');
      if (failure) throw failure;
    },
    async abort() {
      zip.terminate();
      out.destroy();
      await once(out, 'close').catch(() => undefined);
    },
  };
}
