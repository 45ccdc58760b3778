import { describe, expect, it } from 'vitest';
import { buildSaleReceipt } from '../../shared/receipt/saleReceipt';
import { documentText, type PaperWidth } from '../../shared/receipt/document';
import { buildMemberCard } from '../../shared/receipt/memberSlips';
import { documentEncoder, encodeDocument, encodeDrawerKick } from '../../drivers/escpos/encode';
import { defaultProfile } from '../../drivers/escpos/profile';
import { decodeJob, tokenize, type Token } from '../../drivers/escpos/tokenizer';
import { sampleReceiptInput } from '../support/receiptFixtures';

const hex = (bytes: ArrayLike<number>) => Buffer.from(Array.from(bytes)).toString('hex');

describe.each([58, 80] as PaperWidth[])('ESC/POS struk on %i mm', (width) => {
  const doc = buildSaleReceipt(sampleReceiptInput(width));
  const profile = defaultProfile(width);
  const bytes = encodeDocument(doc, profile);
  const job = decodeJob(bytes);

  it('decodes back to exactly the struk text lines', () => {
    expect(job.lines.filter((l) => l !== '')).toEqual(
      documentText(doc)
        .map((l) => l.trimEnd())
        .filter((l) => l !== ''),
    );
    expect(job.items.find((i) => i.kind === 'line' && i.text.startsWith('TOTAL'))).toMatchObject({ bold: true });
  });

  it('starts with ESC @, ends with the drawer pulse ESC p 0 25 250 and a cut', () => {
    expect(hex(bytes.subarray(0, 2))).toBe('1b40');
    expect(hex(bytes)).toContain('1b700019fa');
    expect(job.pulses).toEqual([{ pin: 0, on: 25, off: 250 }]);
    expect(job.cuts).toBe(1);
    expect(job.items.at(-1)).toEqual({ kind: 'cut' });
    const last = tokenize(bytes)
      .filter((t) => t.kind === 'command')
      .at(-1);
    expect(last).toMatchObject({ name: 'cut', bytes: [0x1d, 0x56, 0x01] });
  });

  it('carries the QR payload (receipt number)', () => {
    expect(job.qrcodes).toEqual(['GI-20261120-0007']);
  });

  it('a reprint carries no drawer pulse', () => {
    const copy = decodeJob(encodeDocument(buildSaleReceipt(sampleReceiptInput(width, { copy: true })), profile));
    expect(copy.pulses).toEqual([]);
    expect(copy.lines[0]?.trim()).toBe('*** SALINAN / COPY ***');
  });

  it("segments the bytes exactly as the encoder's own encode('commands') does", () => {
    const commands = documentEncoder(doc, profile)
      .encode('commands')
      .flatMap((l) => l.commands) as { type: string; value?: unknown; payload?: number[] }[];
    // The encoder lists code page switches and bold as payload-less entries; every command with a
    // payload must be one of our tokens, byte for byte and in order.
    const theirs = commands.filter((c) => c.payload).map((c) => hex(c.payload!));
    const ourCommands = tokenize(bytes).filter((t): t is Extract<Token, { kind: 'command' }> => t.kind === 'command');
    expect(ourCommands.filter((t) => t.name !== 'codepage' && t.name !== 'bold').map((t) => hex(t.bytes))).toEqual(theirs);
    const theirBold = commands.filter((c) => c.type === 'style' && (c as { property?: string }).property === 'bold');
    expect(ourCommands.filter((t) => t.name === 'bold').map((t) => t.value === 1)).toEqual(theirBold.map((c) => c.value === true));
    const theirText = commands
      .filter((c) => c.type === 'text')
      .map((c) => String(c.value))
      .join('');
    const ourText = tokenize(bytes)
      .flatMap((t) => (t.kind === 'text' ? [t.text] : []))
      .join('');
    expect(ourText).toBe(theirText);
  });
});

describe('barcodes and the drawer', () => {
  it('member card CODE128 and test EAN-13 payloads survive the round trip', () => {
    const card = decodeJob(
      encodeDocument(
        buildMemberCard({ outletName: 'KKMP', memberNo: 'A-1', memberName: 'Budi', cardCode: 'M0000001', joinDate: '2026-01-05' }, 58),
        defaultProfile(58),
      ),
    );
    expect(card.barcodes).toEqual([{ symbology: 'code128', data: 'M0000001' }]);
    const ean = tokenize(Uint8Array.from([0x1d, 0x6b, 0x02, ...Buffer.from('8991234567895'), 0x00, 0x0a]));
    expect(ean[0]).toMatchObject({ name: 'barcode', symbology: 'ean13', data: '8991234567895' });
  });

  it('the drawer kick on its own is ESC @ then 1B 70 00 19 FA', () => {
    expect(hex(encodeDrawerKick())).toBe('1b401b700019fa');
  });

  it('keeps unknown commands and status requests as tokens', () => {
    const t = tokenize(Uint8Array.from([0x10, 0x04, 0x01, 0x1b, 0x99, 0x41]));
    expect(t).toEqual([
      { kind: 'command', name: 'status-request', bytes: [0x10, 0x04, 0x01], value: 1 },
      { kind: 'command', name: 'unknown', bytes: [0x1b, 0x99] },
      { kind: 'text', text: 'A' },
    ]);
  });
});
