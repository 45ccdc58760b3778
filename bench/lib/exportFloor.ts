// The floor beside figure (c): the same ledger rows (every move of the period, in SKU, time, id
// order, with its document label and running balance) read by one plain better-sqlite3
// `iterate()` loop and written the cheapest honest way: CSV text onto a file stream, or sheet XML
// on a streaming zip (fflate). No summaries, no styles, no cancel or progress: what any
// implementation must at least pay on this machine. Run as a child process like runKkmp.ts, so
// its time and peak RSS are its own. Usage: exportFloor.ts <db> <csv|xlsx> <fromAt> <toAt> <out>
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { Zip, ZipDeflate, strToU8 } from 'fflate';

const [dbFile, format, fromAt, toAt, outFile] = process.argv.slice(2) as [string, 'csv' | 'xlsx', string, string, string];
const t0 = performance.now();
const db = new Database(dbFile, { readonly: true });
const rows = db
  .prepare(
    `SELECT p.sku, p.name, m.at, m.kind, m.qty_milli, m.unit_cost, m.note, u.display_name AS user_name,
                   COALESCE(s.receipt_no, d.doc_no, o.title, m.doc_type || ' ' || substr(m.doc_id, 1, 13)) AS doc
            FROM products p JOIN stock_moves m ON m.product_id = p.id AND m.at >= ? AND m.at < ?
            LEFT JOIN users u ON u.id = m.user_id
            LEFT JOIN sales s ON m.doc_type = 'sale' AND s.id = m.doc_id
            LEFT JOIN deliveries d ON m.doc_type = 'delivery' AND d.id = m.doc_id
            LEFT JOIN opnames o ON m.doc_type = 'opname' AND o.id = m.doc_id
            ORDER BY p.sku, m.at, m.id`,
  )
  .raw(true)
  // Arrays, not keyed objects: the cheaper of better-sqlite3's two row shapes.
  .iterate(fromAt, toAt) as IterableIterator<[string, string, string, string, number, number | null, string | null, string | null, string]>;

const out = createWriteStream(outFile);
const WITA_MS = 8 * 3_600_000;
const wall = (at: string) => new Date(Date.parse(at) + WITA_MS).toISOString().slice(0, 19).replace('T', ' ');
const qty = (m: number) => String(m / 1000);
let buffer = '';
let n = 0;
let balance = 0;
let sku = '';
let sink: (text: string) => void = (text) => out.write(text);
let zip: Zip | undefined;
let sheet: ZipDeflate | undefined;
if (format === 'xlsx') {
  zip = new Zip((err, data, final) => {
    if (err) throw err;
    out.write(data);
    if (final) out.end();
  });
  sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sink = (text) => sheet!.push(strToU8(text));
  buffer = '<worksheet><sheetData>';
}
const esc = (s: string | null) => (s === null ? '' : s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')));
for (const [rSku, name, at, kind, qtyMilli, unitCost, note, userName, doc] of rows) {
  if (rSku !== sku) {
    sku = rSku;
    balance = 0;
  }
  balance += qtyMilli;
  if (format === 'csv') {
    buffer += `${rSku};${name};${wall(at)};${kind};${doc};${qtyMilli > 0 ? qty(qtyMilli) : ''};${qtyMilli < 0 ? qty(-qtyMilli) : ''};${qty(balance)};${unitCost ?? ''};${userName ?? ''};${note ?? ''}\r\n`;
  } else {
    n++;
    buffer += `<row r="${n}"><c t="inlineStr"><is><t>${esc(rSku)}</t></is></c><c t="inlineStr"><is><t>${esc(name)}</t></is></c><c><v>${Date.parse(at) / 86_400_000 + 25_569}</v></c><c t="inlineStr"><is><t>${kind}</t></is></c><c t="inlineStr"><is><t>${esc(doc)}</t></is></c><c><v>${qty(qtyMilli)}</v></c><c><v>${qty(balance)}</v></c>${unitCost === null ? '' : `<c><v>${unitCost}</v></c>`}<c t="inlineStr"><is><t>${esc(userName)}</t></is></c><c t="inlineStr"><is><t>${esc(note)}</t></is></c></row>`;
  }
  if (buffer.length > 65_536) {
    sink(buffer);
    buffer = '';
    if (out.writableNeedDrain) await once(out, 'drain');
  }
}
if (sheet && zip) {
  sheet.push(strToU8(`${buffer}</sheetData></worksheet>`), true);
  zip.end();
} else {
  out.end(buffer);
}
await once(out, 'finish');
db.close();
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ code: 0, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
