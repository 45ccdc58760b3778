// Barcodes as a scanner delivers them: EAN-13 (Indonesia 899...), EAN-8, UPC-A, UPC-E, GTIN-14,
// and in-store weight labels (EAN-13 with prefix 20-29) whose layout the scale decides, so the
// layout is a setting per prefix. Everything is normalised to GTIN-14 for lookups.

/** Mod-10 check digit of GS1 keys: weights 3,1,3,... from the right of the data digits. */
export function gs1CheckDigit(data: string): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const digit = data.charCodeAt(data.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/** UPC-E (8 digits with number system and check) to UPC-A (12 digits). Null when not UPC-E. */
export function expandUpcE(upce: string): string | null {
  if (!/^[01]\d{7}$/.test(upce)) return null;
  const ns = upce[0]!;
  const d = upce.slice(1, 7);
  const check = upce[7]!;
  const last = d[5]!;
  let body: string;
  if (last <= '2') body = `${d[0]}${d[1]}${last}0000${d[2]}${d[3]}${d[4]}`;
  else if (last === '3') body = `${d[0]}${d[1]}${d[2]}00000${d[3]}${d[4]}`;
  else if (last === '4') body = `${d[0]}${d[1]}${d[2]}${d[3]}00000${d[4]}`;
  else body = `${d[0]}${d[1]}${d[2]}${d[3]}${d[4]}0000${last}`;
  const upca = `${ns}${body}${check}`;
  return hasValidCheckDigit(upca) ? upca : null;
}

/**
 * Any of EAN-8, UPC-E, UPC-A, EAN-13, GTIN-14 to GTIN-14, or null when it is not one or its
 * check digit is wrong. An 8-digit code is read as EAN-8 first, as scanners report both alike.
 */
export function toGtin14(code: string): string | null {
  const c = code.trim();
  if (!/^\d+$/.test(c)) return null;
  if (c.length === 8) {
    if (hasValidCheckDigit(c)) return c.padStart(14, '0');
    const upca = expandUpcE(c);
    return upca ? upca.padStart(14, '0') : null;
  }
  if (c.length === 12 || c.length === 13 || c.length === 14) return hasValidCheckDigit(c) ? c.padStart(14, '0') : null;
  return null;
}

/** A weight-label layout for one prefix: positions are 0-based in the 13 digits. */
export interface WeightLabelLayout {
  prefix: string; // '20'..'29'
  itemStart: number;
  itemLength: number;
  valueStart: number;
  valueLength: number;
  /** 'grams': the value is the net weight in grams; 'price': the value is the price in rupiah. */
  value: 'grams' | 'price';
}

export type Scan =
  | { kind: 'gtin'; gtin14: string }
  | { kind: 'weight'; prefix: string; itemCode: string; grams: number | null; price: number | null }
  | { kind: 'text'; code: string }
  | { kind: 'invalid'; reason: 'CHECK_DIGIT' | 'LENGTH' | 'CHARACTERS' };

/** The key a weighed product's item code is stored under in product_barcodes. */
export function weightItemKey(prefix: string, itemCode: string): string {
  return `PLU${prefix}${itemCode}`;
}

/**
 * What a scan means. Digits are a GS1 code (with a weight label where a layout matches its
 * prefix); a code with letters (member cards, store codes) passes through as text.
 */
export function parseScan(raw: string, layouts: readonly WeightLabelLayout[] = []): Scan {
  const code = raw.trim();
  if (code.length === 0 || code.length > 64) return { kind: 'invalid', reason: 'LENGTH' };
  if (!/^[\x21-\x7e]+$/.test(code)) return { kind: 'invalid', reason: 'CHARACTERS' };
  if (!/^\d+$/.test(code)) return { kind: 'text', code };
  if (![8, 12, 13, 14].includes(code.length)) return { kind: 'invalid', reason: 'LENGTH' };
  if (code.length === 13) {
    const layout = layouts.find((l) => code.startsWith(l.prefix));
    if (layout) {
      if (!hasValidCheckDigit(code)) return { kind: 'invalid', reason: 'CHECK_DIGIT' };
      const itemCode = code.slice(layout.itemStart, layout.itemStart + layout.itemLength);
      const value = Number(code.slice(layout.valueStart, layout.valueStart + layout.valueLength));
      return {
        kind: 'weight',
        prefix: layout.prefix,
        itemCode,
        grams: layout.value === 'grams' ? value : null,
        price: layout.value === 'price' ? value : null,
      };
    }
  }
  const gtin14 = toGtin14(code);
  return gtin14 ? { kind: 'gtin', gtin14 } : { kind: 'invalid', reason: 'CHECK_DIGIT' };
}
