import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandUpcE, gs1CheckDigit, parseScan, toGtin14 } from '../../shared/barcode';

const layouts = [{ prefix: '20', itemStart: 2, itemLength: 5, valueStart: 7, valueLength: 5, value: 'grams' as const }];

describe('barcodes', () => {
  it('normalises EAN-13, EAN-8, UPC-A and UPC-E to GTIN-14', () => {
    expect(toGtin14('8992761111113')).toBe('08992761111113');
    expect(toGtin14('96385074')).toBe('00000096385074');
    expect(toGtin14('036000291452')).toBe('00036000291452');
    expect(expandUpcE('04252614')).toBe('042100005264');
  });

  it('refuses a wrong check digit', () => {
    expect(toGtin14('8992761111114')).toBeNull();
    expect(parseScan('8992761111114')).toEqual({ kind: 'invalid', reason: 'CHECK_DIGIT' });
  });

  it('reads an in-store weight label by its prefix layout', () => {
    const data = '201234501250';
    const code = data + gs1CheckDigit(data);
    expect(parseScan(code, layouts)).toEqual({ kind: 'weight', prefix: '20', itemCode: '12345', grams: 1250, price: null });
  });

  it('passes member card codes through as text and rejects junk', () => {
    expect(parseScan('KKMP-M-000123')).toEqual({ kind: 'text', code: 'KKMP-M-000123' });
    expect(parseScan('12345')).toEqual({ kind: 'invalid', reason: 'LENGTH' });
  });

  it('any single-digit change to a valid EAN-13 is caught by the check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (data, pos, delta) => {
        const good = data + gs1CheckDigit(data);
        const bad = good.slice(0, pos) + ((Number(good[pos]) + delta) % 10) + good.slice(pos + 1);
        expect(toGtin14(good)).not.toBeNull();
        expect(toGtin14(bad)).toBeNull();
      }),
    );
  });
});
