// A refused input is told in the reader's language: the router (on a real SQLite host) keeps the
// rule of the first zod issue, and the catalogue words it. zod's English ("Too small: expected
// number to be >0", "Invalid input: expected string") never reaches an Indonesian sentence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTempHost, type TempHost } from '../support/tempHost';
import { errorText } from '../../shared/i18n/errorMessages';

const ZOD_ENGLISH = /Too small|Too big|expected|received|Invalid input|Invalid option|Unrecognized/;

describe('validation text from the router, in words', () => {
  let h: TempHost;
  let token: string;
  beforeEach(async () => {
    h = openTempHost();
    addUser(h, 'rahmat', 'admin', '482915');
    const login = await h.router.call('auth.login', { username: 'rahmat', pin: '482915' }, null);
    if (!login.ok) throw new Error(JSON.stringify(login.error));
    token = (login.result as { token: string }).token;
  });
  afterEach(() => h.dispose());

  async function refusal(method: string, input: unknown): Promise<{ id: string; en: string }> {
    const r = await h.router.call(method, input, token);
    if (r.ok) throw new Error(`${method} was accepted`);
    expect(r.error.code).toBe('INPUT_INVALID');
    return { id: errorText(r.error.code, r.error.params, 'id'), en: errorText(r.error.code, r.error.params, 'en') };
  }

  it('a negative opening float: "harus lebih dari"/"paling sedikit" with the field named, never zod English', async () => {
    const negative = await refusal('shifts.open', { openingFloat: -5, terminal: 'POS-9' });
    expect(negative.id).toMatch(/^Periksa isian: Modal awal (paling sedikit|harus lebih dari) 0\.$/);
    expect(negative.en).toMatch(/^Check the input: Opening float (at least|must be more than) 0\.$/);
    for (const text of Object.values(negative)) expect(text).not.toMatch(ZOD_ENGLISH);
  });

  it('a missing field is "wajib diisi", a wrong type names the type in Indonesian, a row number counts from 1', async () => {
    const missing = await refusal('users.create', { displayName: 'Siti', role: 'kasir', pin: '1234' });
    expect(missing.id).toBe('Periksa isian: Nama pengguna wajib diisi.');
    expect(missing.en).toBe('Check the input: User name is required.');

    const wrongType = await refusal('shifts.open', { openingFloat: 'seratus', terminal: 'POS-9' });
    expect(wrongType.id).toBe('Periksa isian: Modal awal harus berupa angka.');

    const badLine = await refusal('sales.commit', {
      id: '0190f3a0-0000-7000-8000-000000000001',
      lines: [
        { productId: 'x', qtyMilli: 1000 },
        { productId: 'y', qtyMilli: 1.5 },
      ],
      payments: [{ method: 'cash', amount: 1000 }],
    });
    expect(badLine.id).toMatch(/\(baris 2\)/);
    expect(badLine.id).not.toMatch(ZOD_ENGLISH);
  });

  it('an unknown choice (a role that does not exist) says so in both languages', async () => {
    const role = await refusal('users.create', { username: 'siti', displayName: 'Siti', role: 'boss', pin: '1234' });
    expect(role.id).toBe('Periksa isian: Peran bukan salah satu pilihan yang ada.');
    expect(role.en).toBe('Check the input: Role is not one of the choices.');
  });
});
