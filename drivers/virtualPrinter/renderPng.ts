// A PNG picture of a decoded job, as the paper would look: 6x10 character cells at scale 2, so
// 32 columns are 384 px (58 mm head) and 48 columns 576 px (80 mm), one pixel per printer dot.
// QR codes are drawn as the QR itself (a native one from its payload, a raster one dot for dot),
// so the preview can be scanned; a native barcode is drawn as its bars (bwip-js, as the raster
// fallback prints it) with the digits below, and stays a labelled box only if it cannot be drawn.
import { PNG } from 'pngjs';
import { rasterDot, type DecodedJob, type PrintedItem } from '../escpos/tokenizer';
import { qrMatrix } from '../escpos/qrImage';
import { barcodeImageData } from '../escpos/barcodeImage';
import { BarcodeSymbology } from '../../shared/receipt/document';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from './font5x7';

const CELL_W = 6;
const CELL_H = 10;
const SCALE = 2;
const MARGIN = 8;
const ROW_H = CELL_H * SCALE;
/** Pixels per module of a native QR in the preview, and its quiet zone in modules. */
const QR_PX = 5;
const QR_QUIET = 4;

type Row =
  | { kind: 'text'; text: string; bold: boolean; box?: boolean }
  | { kind: 'qr'; data: string }
  | { kind: 'bitmap'; width: number; height: number; dark: (x: number, y: number) => boolean };

function rowsOf(job: DecodedJob, maxDots: number): Row[] {
  const rows: Row[] = [];
  for (const it of job.items) {
    if (it.kind === 'line') rows.push({ kind: 'text', text: it.text, bold: it.bold });
    else if (it.kind === 'barcode') rows.push(...barcodeRows(it.symbology, it.data, maxDots));
    else if (it.kind === 'qr') rows.push({ kind: 'qr', data: it.data });
    else if (it.kind === 'image' && it.bits && it.width && it.height) rows.push(rasterRow(it));
    else if (it.kind === 'image') rows.push({ kind: 'text', text: '[gambar / image]', bold: false, box: true });
    else if (it.kind === 'cut') rows.push({ kind: 'text', text: '- - - - potong / cut - - - -', bold: false });
  }
  return rows;
}

function rasterRow(img: Extract<PrintedItem, { kind: 'image' }>): Row {
  const bits = Buffer.from(img.bits!, 'base64');
  return { kind: 'bitmap', width: img.width!, height: img.height!, dark: (x, y) => rasterDot(img, x, y, bits) };
}

/** A native barcode as the printer would print it: bars (2 dots per module, GS h 60) and the digits below. */
function barcodeRows(symbology: string, data: string, maxDots: number): Row[] {
  const known = BarcodeSymbology.safeParse(symbology);
  try {
    if (!known.success) throw new RangeError(symbology);
    const img = barcodeImageData(known.data, data, { moduleDots: 2, heightDots: 60, maxDots });
    const bitmap: Row = { kind: 'bitmap', width: img.width, height: img.height, dark: (x, y) => img.data[(y * img.width + x) * 4] === 0 };
    return [bitmap, { kind: 'text', text: data, bold: false }];
  } catch {
    return [{ kind: 'text', text: `[${symbology.toUpperCase()} ${data}]`, bold: false, box: true }];
  }
}

function heightOf(row: Row): number {
  if (row.kind === 'text') return ROW_H;
  if (row.kind === 'qr') return (qrMatrix(row.data).size + QR_QUIET * 2) * QR_PX;
  return row.height;
}

export function renderJobPng(job: DecodedJob, columns: number): Buffer {
  const width = columns * CELL_W * SCALE + MARGIN * 2;
  const rows = rowsOf(job, width - MARGIN * 2);
  const height =
    Math.max(
      ROW_H,
      rows.reduce((h, r) => h + heightOf(r), 0),
    ) +
    MARGIN * 2;
  const png = new PNG({ width, height });
  png.data.fill(0xff);
  const dot = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
  };
  const square = (px: number, py: number, side: number) => {
    for (let dy = 0; dy < side; dy++) for (let dx = 0; dx < side; dx++) dot(px + dx, py + dy);
  };
  const centred = (w: number) => MARGIN + Math.max(0, Math.floor((width - MARGIN * 2 - w) / 2));

  let y0 = MARGIN;
  for (const row of rows) {
    if (row.kind === 'text') drawText(row, y0);
    else if (row.kind === 'qr') {
      const qr = qrMatrix(row.data);
      const x0 = centred((qr.size + QR_QUIET * 2) * QR_PX) + QR_QUIET * QR_PX;
      for (let r = 0; r < qr.size; r++) for (let c = 0; c < qr.size; c++) if (qr.dark(r, c)) square(x0 + c * QR_PX, y0 + (QR_QUIET + r) * QR_PX, QR_PX);
    } else {
      const x0 = centred(row.width);
      for (let y = 0; y < row.height; y++) for (let x = 0; x < row.width; x++) if (row.dark(x, y)) dot(x0 + x, y0 + y);
    }
    y0 += heightOf(row);
  }
  return PNG.sync.write(png);

  function drawText(row: Extract<Row, { kind: 'text' }>, top: number): void {
    const text = row.text.slice(0, columns);
    for (let c = 0; c < text.length; c++) {
      const x0 = MARGIN + c * CELL_W * SCALE;
      const cols = glyph(text[c]!);
      for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
        for (let gy = 0; gy < GLYPH_HEIGHT; gy++) {
          if (!((cols[gx]! >> gy) & 1)) continue;
          square(x0 + gx * SCALE, top + gy * SCALE, SCALE);
          if (row.bold) square(x0 + gx * SCALE + 1, top + gy * SCALE, SCALE);
        }
      }
    }
    if (row.box) {
      const yb = top + ROW_H - 3;
      for (let x = MARGIN; x < width - MARGIN; x++) {
        dot(x, top - 2);
        dot(x, yb);
      }
    }
  }
}

export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
