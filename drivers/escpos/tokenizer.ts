// Reads ESC/POS bytes back: a token per command (with its exact bytes) and runs of printable
// text. Used by the tests (what did we really send?), the virtual printer and the preview.
// Unknown commands are kept as 'unknown' tokens with their first two bytes, never dropped.

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'newline' }
  | { kind: 'command'; name: CommandName; bytes: number[]; value?: number; data?: string; symbology?: string };

export type CommandName =
  | 'initialize'
  | 'character-mode'
  | 'font'
  | 'codepage'
  | 'bold'
  | 'underline'
  | 'italic'
  | 'invert'
  | 'align'
  | 'size'
  | 'print-mode'
  | 'line-spacing'
  | 'feed'
  | 'pulse'
  | 'cut'
  | 'barcode-height'
  | 'barcode-width'
  | 'barcode-text'
  | 'barcode-font'
  | 'barcode'
  | 'qrcode-model'
  | 'qrcode-size'
  | 'qrcode-errorlevel'
  | 'qrcode-data'
  | 'qrcode-print'
  | '2d-code'
  | 'raster-image'
  | 'column-image'
  | 'status-request'
  | 'realtime-pulse'
  | 'left-margin'
  | 'print-width'
  | 'carriage-return'
  | 'tab'
  | 'control'
  | 'unknown';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

/** ESC x followed by one parameter byte. */
const ESC_ONE: Record<number, CommandName> = {
  0x21: 'print-mode',
  0x45: 'bold',
  0x47: 'bold',
  0x2d: 'underline',
  0x34: 'italic',
  0x61: 'align',
  0x74: 'codepage',
  0x4d: 'font',
  0x64: 'feed',
  0x4a: 'feed',
  0x33: 'line-spacing',
  0x52: 'control',
  0x20: 'control',
  0x56: 'control',
  0x7b: 'control',
};
/** GS x followed by one parameter byte. */
const GS_ONE: Record<number, CommandName> = {
  0x21: 'size',
  0x42: 'invert',
  0x68: 'barcode-height',
  0x77: 'barcode-width',
  0x48: 'barcode-text',
  0x66: 'barcode-font',
};
const GS_TWO: Record<number, CommandName> = { 0x4c: 'left-margin', 0x57: 'print-width' };

export const BARCODE_SYMBOLOGY: Record<number, string> = {
  0: 'upca',
  1: 'upce',
  2: 'ean13',
  3: 'ean8',
  4: 'code39',
  5: 'itf',
  6: 'codabar',
  65: 'upca',
  66: 'upce',
  67: 'ean13',
  68: 'ean8',
  69: 'code39',
  70: 'itf',
  71: 'codabar',
  72: 'code93',
  73: 'code128',
};

function latin1(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

export function tokenize(input: Uint8Array): Token[] {
  const b = input;
  const tokens: Token[] = [];
  let i = 0;
  let text = '';
  const flushText = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  const cmd = (name: CommandName, length: number, extra: Partial<Extract<Token, { kind: 'command' }>> = {}) => {
    flushText();
    const end = Math.min(i + length, b.length);
    tokens.push({ kind: 'command', name, bytes: Array.from(b.subarray(i, end)), ...extra });
    i = end;
  };
  const at = (k: number) => b[i + k] ?? 0;

  while (i < b.length) {
    const c = b[i]!;
    if (c >= 0x20 && c !== 0x7f) {
      text += String.fromCharCode(c);
      i++;
    } else if (c === 0x0a) {
      flushText();
      tokens.push({ kind: 'newline' });
      i++;
    } else if (c === 0x0d) cmd('carriage-return', 1);
    else if (c === 0x09) cmd('tab', 1);
    else if (c === ESC) escCommand();
    else if (c === GS) gsCommand();
    else if (c === FS) cmd(at(1) === 0x43 ? 'control' : 'character-mode', at(1) === 0x43 ? 3 : 2);
    else if (c === DLE && at(1) === 0x04) cmd('status-request', 3, { value: at(2) });
    else if (c === DLE && at(1) === 0x14) cmd('realtime-pulse', 5);
    else cmd('control', 1);
  }
  flushText();
  return tokens;

  function escCommand(): void {
    const x = at(1);
    if (x === 0x40) cmd('initialize', 2);
    else if (x === 0x32) cmd('line-spacing', 2);
    else if (x === 0x70) cmd('pulse', 5, { value: at(2) });
    else if (x === 0x69 || x === 0x6d) cmd('cut', 2);
    else if (x === 0x2a) {
      const n = at(3) + at(4) * 256;
      cmd('column-image', 5 + n * (at(2) >= 32 ? 3 : 1));
    } else if (ESC_ONE[x]) cmd(ESC_ONE[x]!, 3, { value: at(2) });
    else cmd('unknown', 2);
  }

  function gsCommand(): void {
    const x = at(1);
    if (GS_ONE[x]) cmd(GS_ONE[x]!, 3, { value: at(2) });
    else if (GS_TWO[x]) cmd(GS_TWO[x]!, 4);
    else if (x === 0x56) cmd('cut', at(2) >= 65 ? 4 : 3, { value: at(2) });
    else if (x === 0x6b) barcode();
    else if (x === 0x28) {
      const len = at(3) + at(4) * 256;
      if (at(2) === 0x6b) qrcode(len);
      else cmd('2d-code', 5 + len);
    } else if (x === 0x76 && at(2) === 0x30) {
      const width = at(4) + at(5) * 256;
      const height = at(6) + at(7) * 256;
      cmd('raster-image', 8 + width * height);
    } else cmd('unknown', 2);
  }

  function barcode(): void {
    const m = at(2);
    const symbology = BARCODE_SYMBOLOGY[m] ?? `m${m}`;
    if (m <= 6) {
      let end = i + 3;
      while (end < b.length && b[end] !== 0) end++;
      const data = latin1(b.subarray(i + 3, end));
      cmd('barcode', end + 1 - i, { symbology, data });
    } else {
      const n = at(3);
      let data = latin1(b.subarray(i + 4, i + 4 + n));
      // CODE128 data starts with its code set: {A, {B or {C.
      if (m === 73 && /^\{[ABC]/.test(data)) data = data.slice(2);
      cmd('barcode', 4 + n, { symbology, data });
    }
  }

  function qrcode(len: number): void {
    const fn = at(6);
    const names: Record<number, CommandName> = {
      0x41: 'qrcode-model',
      0x43: 'qrcode-size',
      0x45: 'qrcode-errorlevel',
      0x50: 'qrcode-data',
      0x51: 'qrcode-print',
    };
    const name = at(5) === 0x31 ? (names[fn] ?? '2d-code') : '2d-code';
    if (name === 'qrcode-data') cmd(name, 5 + len, { data: latin1(b.subarray(i + 8, i + 5 + len)) });
    else cmd(name, 5 + len, { value: at(7) });
  }
}

/** What came out of the printer, in order: text lines (with bold), barcodes, QR codes, cuts. */
export type PrintedItem =
  | { kind: 'line'; text: string; bold: boolean }
  | { kind: 'barcode'; symbology: string; data: string }
  | { kind: 'qr'; data: string }
  /** A GS v 0 raster image: width in dots, height in rows, the packed bits (MSB first) as base64. */
  | { kind: 'image'; bytes: number; width?: number; height?: number; bits?: string }
  | { kind: 'pulse'; pin: number; on: number; off: number }
  | { kind: 'cut' };

export interface DecodedJob {
  items: PrintedItem[];
  /** Just the text lines, right-trimmed. */
  lines: string[];
  barcodes: { symbology: string; data: string }[];
  qrcodes: string[];
  pulses: { pin: number; on: number; off: number }[];
  cuts: number;
  /** The font of each printed line: 'B' where ESC M 1 was in force (42 columns on 58 mm). */
  fonts: ('A' | 'B')[];
}

/** Replays the tokens like a printer would: text accumulates until LF prints the line. */
export function decodeJob(bytes: Uint8Array): DecodedJob {
  const items: PrintedItem[] = [];
  let line = '';
  let lineBold = false;
  let bold = false;
  let font: 'A' | 'B' = 'A';
  const fonts: ('A' | 'B')[] = [];
  let pendingQr = '';
  // The encoder ends the cut command with LF: that empty line is on the next receipt, not this one.
  let afterCut = false;
  for (const t of tokenize(bytes)) {
    const wasAfterCut = afterCut;
    afterCut = false;
    if (t.kind === 'text') {
      line += t.text;
      lineBold ||= bold;
    } else if (t.kind === 'newline') {
      if (!line && wasAfterCut) continue;
      items.push({ kind: 'line', text: line.trimEnd(), bold: lineBold });
      fonts.push(font);
      line = '';
      lineBold = false;
    } else if (t.name === 'initialize') {
      bold = false;
      font = 'A';
    } else if (t.name === 'font') font = (t.value ?? 0) % 2 === 1 ? 'B' : 'A';
    else if (t.name === 'bold') bold = (t.value ?? 0) % 2 === 1;
    else if (t.name === 'print-mode') bold = ((t.value ?? 0) & 0x08) !== 0;
    else if (t.name === 'barcode') items.push({ kind: 'barcode', symbology: t.symbology ?? '', data: t.data ?? '' });
    else if (t.name === 'qrcode-data') pendingQr = t.data ?? '';
    else if (t.name === 'qrcode-print') items.push({ kind: 'qr', data: pendingQr });
    else if (t.name === 'raster-image') items.push(rasterItem(t.bytes));
    else if (t.name === 'column-image') items.push({ kind: 'image', bytes: t.bytes.length });
    else if (t.name === 'pulse') items.push({ kind: 'pulse', pin: t.bytes[2] ?? 0, on: t.bytes[3] ?? 0, off: t.bytes[4] ?? 0 });
    else if (t.name === 'cut') {
      if (line) {
        items.push({ kind: 'line', text: line.trimEnd(), bold: lineBold });
        fonts.push(font);
      }
      line = '';
      items.push({ kind: 'cut' });
      afterCut = true;
    }
  }
  if (line) {
    items.push({ kind: 'line', text: line.trimEnd(), bold: lineBold });
    fonts.push(font);
  }
  return {
    items,
    lines: items.flatMap((it) => (it.kind === 'line' ? [it.text] : [])),
    barcodes: items.flatMap((it) => (it.kind === 'barcode' ? [{ symbology: it.symbology, data: it.data }] : [])),
    qrcodes: items.flatMap((it) => (it.kind === 'qr' ? [it.data] : [])),
    pulses: items.flatMap((it) => (it.kind === 'pulse' ? [{ pin: it.pin, on: it.on, off: it.off }] : [])),
    cuts: items.filter((it) => it.kind === 'cut').length,
    fonts,
  };
}

/** GS v 0 m xL xH yL yH data: x is in bytes (8 dots each), y in dot rows. */
function rasterItem(bytes: number[]): PrintedItem {
  const widthBytes = (bytes[4] ?? 0) + (bytes[5] ?? 0) * 256;
  const height = (bytes[6] ?? 0) + (bytes[7] ?? 0) * 256;
  return { kind: 'image', bytes: bytes.length, width: widthBytes * 8, height, bits: Buffer.from(bytes.slice(8)).toString('base64') };
}

/** Whether dot (x, y) of a decoded raster image is black. */
export function rasterDot(image: { width?: number; bits?: string }, x: number, y: number, decoded = Buffer.from(image.bits ?? '', 'base64')): boolean {
  const widthBytes = (image.width ?? 0) / 8;
  const byte = decoded[y * widthBytes + Math.floor(x / 8)] ?? 0;
  return ((byte >> (7 - (x % 8))) & 1) === 1;
}
