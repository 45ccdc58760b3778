// Fixed-width layout for thermal paper: every line this module returns fits the column count, so
// nothing overflows or wraps at the printer's whim. Text is transliterated to ASCII first.
import { toAscii } from './ascii';
import { columnsFor, type BarcodeSymbology, type PaperWidth, type PrintBlock, type PrintDocument } from './document';

/** Word wrap; words longer than the width are cut hard; leading indentation is kept on every line. */
export function wrap(text: string, width: number): string[] {
  const ascii = toAscii(text);
  const indent = ascii.length - ascii.trimStart().length;
  if (indent > 0 && indent < width) return wrapWords(ascii.slice(indent), width - indent).map((l) => ' '.repeat(indent) + l);
  return wrapWords(ascii, width);
}

function wrapWords(text: string, width: number): string[] {
  if (width < 1) throw new RangeError('width must be at least 1');
  const words = text.split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  for (let word of words) {
    while (word.length > width) {
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!word) continue;
    if (!current) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

export function center(text: string, width: number): string[] {
  return wrap(text, width).map((l) => `${' '.repeat(Math.floor((width - l.length) / 2))}${l}`);
}

/** Left text and a right-aligned value; the left side wraps when both do not fit on one line. */
export function leftRight(left: string, right: string, width: number): string[] {
  const r = toAscii(right);
  if (r.length >= width - 1) return [...wrap(left, width), ...wrap(r, width)];
  const room = width - r.length - 1;
  const lefts = wrap(left, room);
  const last = lefts.pop()!;
  return [...lefts, `${last}${' '.repeat(width - last.length - r.length)}${r}`];
}

/** Builds a document line by line. */
export class DocBuilder {
  readonly columns: number;
  private readonly blocks: PrintBlock[] = [];

  /** columns: font A's by default; a printer profile in font B gives more (42 on 58 mm). */
  constructor(
    readonly width: PaperWidth,
    private readonly title: string,
    columns = columnsFor(width),
  ) {
    this.columns = columns;
  }

  lines(lines: string[], bold = false): this {
    for (const text of lines) this.blocks.push(bold ? { kind: 'text', text, bold } : { kind: 'text', text });
    return this;
  }

  text(text: string, bold = false): this {
    return this.lines(wrap(text, this.columns), bold);
  }

  center(text: string, bold = false): this {
    return text.trim() ? this.lines(center(text, this.columns), bold) : this;
  }

  pair(left: string, right: string, bold = false): this {
    return this.lines(leftRight(left, right, this.columns), bold);
  }

  /** An indented line under an item (HET note, masked NIK). */
  note(text: string): this {
    return this.lines(wrap(text, this.columns - 2).map((l) => `  ${l}`));
  }

  rule(char = '-'): this {
    return this.lines([char.repeat(this.columns)]);
  }

  blank(): this {
    return this.lines(['']);
  }

  barcode(symbology: BarcodeSymbology, data: string, mode?: 'native' | 'raster'): this {
    this.blocks.push(mode ? { kind: 'barcode', symbology, data: toAscii(data), mode } : { kind: 'barcode', symbology, data: toAscii(data) });
    return this;
  }

  qr(data: string, mode?: 'native' | 'raster'): this {
    this.blocks.push(mode ? { kind: 'qr', data: toAscii(data), mode } : { kind: 'qr', data: toAscii(data) });
    return this;
  }

  /** One line in font B, whatever the document's font (the calibration page's 42-column ruler). */
  fontBLine(text: string): this {
    this.blocks.push({ kind: 'text', text, font: 'B' });
    return this;
  }

  /** A code page sample line, kept as typed (not transliterated), cut to the columns. */
  sample(codepage: string, text: string): this {
    this.blocks.push({ kind: 'sample', codepage, text: text.slice(0, this.columns) });
    return this;
  }

  feed(lines: number): this {
    this.blocks.push({ kind: 'feed', lines });
    return this;
  }

  build(options: { cut?: boolean; openDrawer?: boolean } = {}): PrintDocument {
    return {
      title: this.title,
      width: this.width,
      columns: this.columns,
      blocks: [...this.blocks],
      cut: options.cut ?? true,
      openDrawer: options.openDrawer ?? false,
    };
  }
}
