// The one formatting module (shared/i18n/format): id-ID whatever the machine's locale, WITA days
// for instants, calendar days as they are, and the parsing of what a person types into a date field.
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMonth,
  formatPercent,
  formatPrintedDateTime,
  formatWallClock,
  parseDate,
  parseMonth,
} from '../../shared/i18n/format';

describe('display formats', () => {
  it('an instant is the day and time it was in WITA; a calendar day stays that day', () => {
    // 16:30 UTC on 30 November is 00:30 WITA on 1 December: a sale of the new day.
    expect(formatDate('2026-11-30T16:30:00Z', 'Asia/Makassar')).toBe('01/12/2026');
    expect(formatDateTime('2026-11-30T16:30:00Z', 'Asia/Makassar')).toBe('01/12/2026 00.30');
    expect(formatDate('2026-11-30', 'Asia/Jayapura')).toBe('30/11/2026');
    expect(formatWallClock('2026-11-05 09:07:44')).toBe('05/11/2026 09.07');
  });

  it('paper keeps the seconds: the struk time across the WITA year end, and at midnight hour 00', () => {
    expect(formatPrintedDateTime('2026-12-31T16:00:05Z', 'Asia/Makassar')).toBe('01/01/2027 00:00:05');
    expect(formatPrintedDateTime('2026-12-02T00:22:57Z', 'Asia/Makassar')).toBe('02/12/2026 08:22:57');
    expect(formatPrintedDateTime('2026-12-02T00:22:57Z', 'Asia/Jakarta')).toBe('02/12/2026 07:22:57');
  });

  it('percents with a decimal comma, months by name, counts that agree with their number', () => {
    expect(formatPercent('3.3')).toBe('3,3 %');
    expect(formatPercent(12.25, 2)).toBe('12,25 %');
    expect(formatPercent(1250.5)).toBe('1.250,5 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatMonth('2026-12')).toBe('Des 2026');
    expect(formatCount(1, 'en', 'barang', 'item', 'items')).toBe('1 item');
    expect(formatCount(2, 'en', 'barang', 'item', 'items')).toBe('2 items');
    expect(formatCount(2, 'id', 'barang', 'item', 'items')).toBe('2 barang');
  });

  it('reads dd/mm/yyyy as typed and refuses a day that does not exist', () => {
    expect(parseDate('25/11/2026')).toBe('2026-11-25');
    expect(parseDate('1.2.2026')).toBe('2026-02-01');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('11/25/2026')).toBeNull();
    expect(parseDate('2026-11-25')).toBeNull();
    expect(parseMonth('11/2026')).toBe('2026-11');
    expect(parseMonth('13/2026')).toBeNull();
  });
});
