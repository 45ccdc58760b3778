import { describe, expect, it, vi } from 'vitest';
import { localDate, localDateTime, zonedDateTimeFormatter } from '../../shared/time';

describe('zonedDateTimeFormatter (exports: the offset once per day, not Intl per row)', () => {
  it('gives WITA wall-clock times (UTC+8), across midnight and the year end', () => {
    const wita = zonedDateTimeFormatter('Asia/Makassar');
    expect(wita('2026-11-05T15:59:00.000Z')).toBe('2026-11-05 23:59:00');
    expect(wita('2026-11-05T16:00:00.000Z')).toBe('2026-11-06 00:00:00');
    expect(wita('2025-12-31T16:30:05.123Z')).toBe('2026-01-01 00:30:05');
  });

  it('agrees with Intl at every instant, also in a zone with DST changes', () => {
    for (const zone of ['Asia/Makassar', 'Europe/Berlin', 'Australia/Lord_Howe']) {
      const fast = zonedDateTimeFormatter(zone);
      // Every 18 min 37 s for a year: crosses each DST change at many minutes of the hour.
      for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 1_117_000) {
        const d = new Date(ms);
        if (fast(d.toISOString()) !== localDateTime(d, zone)) expect.fail(`${zone} ${d.toISOString()}: ${fast(d.toISOString())} ≠ ${localDateTime(d, zone)}`);
      }
    }
  });

  it('asks Intl about twice per day of a WITA year, however many rows fall in it', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const wita = zonedDateTimeFormatter('Asia/Makassar');
    // A year not asked before in this file, one row every 97 s: 325,000 rows.
    for (let ms = Date.parse('2031-01-01T00:00:00Z'); ms < Date.parse('2032-01-01T00:00:00Z'); ms += 97_000) wita(new Date(ms).toISOString());
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2 * 366);
    spy.mockRestore();
  });
});

describe('localDate (the business day of every settings read) uses the same cached offsets', () => {
  it('agrees with Intl at every instant of a year, in WITA and in zones with DST', () => {
    for (const zone of ['Asia/Makassar', 'Asia/Jakarta', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 1_117_000) {
        const d = new Date(ms);
        if (localDate(d, zone) !== intl.format(d)) expect.fail(`${zone} ${d.toISOString()}: ${localDate(d, zone)} ≠ ${intl.format(d)}`);
      }
    }
  });

  it('turns the WITA day at 16:00 UTC and refuses an invalid instant', () => {
    expect(localDate(new Date('2026-11-05T15:59:59.999Z'), 'Asia/Makassar')).toBe('2026-11-05');
    expect(localDate(new Date('2026-11-05T16:00:00.000Z'), 'Asia/Makassar')).toBe('2026-11-06');
    expect(() => localDate(new Date('x'), 'Asia/Makassar')).toThrow(RangeError);
  });
});
