// Buku kas through the router on a real SQLite file: a kasir's kas keluar moves the drawer, its
// journal and the Z report's expected cash together; above the PIN line a supervisor approves;
// bad input (category, photo) is refused with its reason and writes nothing; the office moves kas kecil.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { CashEntryView } from '../../shared/api/kas';
import type { ShiftCloseResult, ShiftInfo, ZReport } from '../../shared/api/shifts';

let h: TempHost;
let kasir: Caller;
let manajer: Caller;
let shift: ShiftInfo;

// The smallest valid PNG (1×1), as a phone camera would never make but any reader accepts.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-03-02T02:00:00Z') });
  setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
  manajer = await h.as('hendra', PINS.manajer);
  shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 200_000 });
});
afterEach(() => h.dispose());

const count = (table: string) => h.core.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const balance = (code: string) =>
  h.core.db
    .prepare('SELECT COALESCE(SUM(debit) - SUM(credit), 0) FROM journal_lines WHERE account_code = ? OR account_code LIKE ?')
    .pluck()
    .get(code, `${code}.%`) as number;
const keluar = (over: Record<string, unknown> = {}) =>
  kasir<CashEntryView>('kas.record', {
    id: uuidv7(),
    direction: 'out',
    place: 'counter',
    shiftId: shift.shiftId,
    accountCode: '6104',
    amount: 25_000,
    note: 'Ongkos angkut galon',
    ...over,
  });

describe('buku kas at the counter', () => {
  it('a kas keluar leaves the drawer: journal, Z report block and expected cash agree, and the shift closes without a difference', async () => {
    const form = await kasir<{ pinThreshold: number; categories: { code: string }[] }>('kas.form', { place: 'counter' });
    expect(form.pinThreshold).toBe(100_000);
    expect(form.categories.map((c) => c.code)).toContain('6104');
    expect(form.categories.map((c) => c.code)).not.toContain('5101');

    const e = await keluar();
    expect(e).toMatchObject({ entryNo: 'GI-KK-20260302-0001', direction: 'out', accountName: 'Beban transport', amount: 25_000, approvedBy: null });
    expect(balance('6104')).toBe(25_000);
    expect(balance('1102')).toBe(200_000 - 25_000);

    const z = await kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(z.bukuKas).toEqual({
      masuk: 0,
      keluar: 25_000,
      entries: [{ entryNo: 'GI-KK-20260302-0001', direction: 'out', accountName: 'Beban transport', amount: 25_000, note: 'Ongkos angkut galon' }],
    });
    expect(z.cash.expected).toBe(175_000);
    const closed = await kasir<ShiftCloseResult>('shifts.close', { shiftId: shift.shiftId, denominations: { '100000': 1, '50000': 1, '20000': 1, '5000': 1 } });
    expect(closed.difference).toBe(0);
    expect(balance('6106')).toBe(0);
    expect(balance('1102')).toBe(0);
    expect(await errorOf(keluar())).toEqual({ code: 'SHIFT_NOT_OPEN', params: {} });
  });

  it('above the threshold a supervisor PIN is needed; without it, or with a wrong one, nothing is written', async () => {
    const before = [count('cash_entries'), count('journal_lines')];
    expect(await errorOf(keluar({ amount: 150_000 }))).toEqual({ code: 'KAS_APPROVAL_REQUIRED', params: { amount: 100_000 } });
    expect((await errorOf(keluar({ amount: 150_000, approval: { username: 'rina', pin: '9999' } }))).code).toBe('PIN_WRONG');
    expect((await errorOf(keluar({ amount: 150_000, approval: { username: 'budi', pin: PINS.kasir2 } }))).code).toBe('APPROVER_ROLE_REQUIRED');
    expect([count('cash_entries'), count('journal_lines')]).toEqual(before);
    const ok = await keluar({ amount: 150_000, approval: { username: 'rina', pin: PINS.supervisor } });
    expect(ok.approvedBy).toBe('rina');
    // Exactly the threshold needs no PIN.
    expect((await keluar({ amount: 100_000 })).approvedBy).toBeNull();
  });

  it('refuses a category the system books itself, and a photo that is too large or not the image it claims', async () => {
    const before = [count('cash_entries'), count('journal_lines'), count('cash_entry_photos')];
    expect(await errorOf(keluar({ accountCode: '5101' }))).toEqual({ code: 'KAS_CATEGORY_INVALID', params: { code: '5101' } });
    expect(await errorOf(keluar({ accountCode: '1101' }))).toEqual({ code: 'KAS_CATEGORY_INVALID', params: { code: '1101' } });
    const text = Buffer.from('bukan gambar, hanya teks').toString('base64');
    expect(await errorOf(keluar({ photo: { mime: 'image/jpeg', base64: text } }))).toEqual({ code: 'KAS_PHOTO_TYPE', params: { mime: 'image/jpeg' } });
    const big = Buffer.concat([Buffer.from(PNG_1X1, 'base64'), Buffer.alloc(1024 * 1024)]).toString('base64');
    expect(await errorOf(keluar({ photo: { mime: 'image/png', base64: big } }))).toEqual({ code: 'KAS_PHOTO_TOO_LARGE', params: { maxKb: 1024 } });
    expect([count('cash_entries'), count('journal_lines'), count('cash_entry_photos')]).toEqual(before);

    const withPhoto = await keluar({ photo: { mime: 'image/png', base64: PNG_1X1 } });
    expect(withPhoto.hasPhoto).toBe(true);
    expect(await manajer('kas.photo', { id: withPhoto.id })).toEqual({ mime: 'image/png', contentBase64: PNG_1X1 });
    expect((await errorOf(kasir('kas.photo', { id: withPhoto.id }))).code).toBe('ROLE_FORBIDDEN');
  });

  it('a retried save records once, and the entry goes to the outbox without its photo', async () => {
    const id = uuidv7();
    const first = await keluar({ id, photo: { mime: 'image/png', base64: PNG_1X1 } });
    const again = await keluar({ id, photo: { mime: 'image/png', base64: PNG_1X1 } });
    expect(again).toEqual(first);
    expect(count('cash_entries')).toBe(1);
    const fact = h.core.db.prepare("SELECT payload FROM outbox WHERE kind = 'cash_entry'").pluck().all() as string[];
    expect(fact).toHaveLength(1);
    expect(JSON.parse(fact[0]!)).toMatchObject({ id, amount: 25_000, account_code: '6104' });
    expect(fact[0]).not.toContain(PNG_1X1.slice(0, 20));
  });
});

describe('buku kas in the office', () => {
  it('kas kecil is filled from the brankas and spent on beban; a kasir may not record there', async () => {
    const office = (direction: 'in' | 'out', accountCode: string, amount: number, note: string) =>
      manajer<CashEntryView>('kas.record', { id: uuidv7(), direction, place: 'office', accountCode, amount, note });
    await office('in', '1101', 500_000, 'Isi kas kecil dari brankas');
    await office('out', '6101', 200_000, 'Token listrik Maret');
    expect(balance('1103')).toBe(300_000);
    expect(balance('6101')).toBe(200_000);
    expect((await errorOf(kasir('kas.record', { id: uuidv7(), direction: 'out', place: 'office', accountCode: '6101', amount: 1_000, note: 'x' }))).code).toBe(
      'ROLE_FORBIDDEN',
    );
    const listed = await manajer<CashEntryView[]>('kas.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(listed.map((e) => [e.entryNo, e.direction, e.amount, e.user])).toEqual([
      ['GI-KK-20260302-0001', 'in', 500_000, 'hendra'],
      ['GI-KK-20260302-0002', 'out', 200_000, 'hendra'],
    ]);
  });
});
