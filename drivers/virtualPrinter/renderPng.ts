// A PNG picture of a decoded job, as the paper would look: 6x10 character cells at scale 2, so
// 32 columns are 384 px (58 mm head) and 48 columns 576 px (80 mm). Barcodes and QR codes are
// drawn as labelled boxes: the preview shows where they are and what they carry.
import { PNG } from 'pngjs';
import type { DecodedJob } from '../escpos/tokenizer';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from './font5x7';

const CELL_W = 6;
const CELL_H = 10;
const SCALE = 2;
const MARGIN = 8;

export function renderJobPng(job: DecodedJob, columns: number): Buffer {
  const rows: { text: string; bold: boolean; box?: boolean }[] = [];
  for (const it of job.items) {
    if (it.kind === 'line') rows.push({ text: it.text, bold: it.bold });
    else if (it.kind === 'barcode') rows.push({ text: `[${it.symbology.toUpperCase()} ${it.data}]`, bold: false, box: true });
    else if (it.kind === 'qr') rows.push({ text: `[QR ${it.data}]`, bold: false, box: true });
    else if (it.kind === 'image') rows.push({ text: '[gambar / image]', bold: false, box: true });
    else if (it.kind === 'cut') rows.push({ text: '- - - - potong / cut - - - -', bold: false });
  }
  const width = columns * CELL_W * SCALE + MARGIN * 2;
  const height = Math.max(1, rows.length) * CELL_H * SCALE + MARGIN * 2;
  const png = new PNG({ width, height });
  png.data.fill(0xff);
  const dot = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
  };
  const block = (px: number, py: number) => {
    for (let dy = 0; dy < SCALE; dy++) for (let dx = 0; dx < SCALE; dx++) dot(px + dx, py + dy);
  };
  rows.forEach((row, r) => {
    const y0 = MARGIN + r * CELL_H * SCALE;
    const text = row.text.slice(0, columns);
    for (let c = 0; c < text.length; c++) {
      const x0 = MARGIN + c * CELL_W * SCALE;
      const cols = glyph(text[c]!);
      for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
        for (let gy = 0; gy < GLYPH_HEIGHT; gy++) {
          if (!((cols[gx]! >> gy) & 1)) continue;
          block(x0 + gx * SCALE, y0 + gy * SCALE);
          if (row.bold) block(x0 + gx * SCALE + 1, y0 + gy * SCALE);
        }
      }
    }
    if (row.box) {
      const yb = y0 + CELL_H * SCALE - 3;
      for (let x = MARGIN; x < width - MARGIN; x++) {
        dot(x, y0 - 2);
        dot(x, yb);
      }
    }
  });
  return PNG.sync.write(png);
}

export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
