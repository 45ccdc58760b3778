import { describe, expect, it } from 'vitest';
import { checkNik, maskNik } from '../../shared/nik';

describe('NIK format', () => {
  it('accepts a Balikpapan NIK of a man and of a woman (day + 40)', () => {
    const man = checkNik('6471 0215 0890 0001');
    expect(man.ok && man.facts).toMatchObject({ province: '64', regency: '71', birthDay: 15, birthMonth: 8, female: false });
    const woman = checkNik('6471025508900002');
    expect(woman.ok && woman.facts).toMatchObject({ birthDay: 15, female: true });
  });

  it.each([
    ['647102150890001', 'NIK_FORMAT'],
    ['0000000000000000', 'NIK_FORMAT'],
    ['9971021508900001', 'NIK_PROVINCE'],
    ['6471023109900001', 'NIK_BIRTH_DATE'],
    ['6471027201900001', 'NIK_BIRTH_DATE'],
    ['6471021508900000', 'NIK_SERIAL'],
  ])('refuses %s with %s', (nik, problem) => {
    expect(checkNik(nik)).toEqual({ ok: false, problem });
  });

  it('29 February is real only in leap years of either century', () => {
    expect(checkNik('6471022902000001').ok).toBe(true); // 2000
    expect(checkNik('6471022902010001').ok).toBe(false); // 1901 and 2001
  });

  it('masks to the last four digits', () => {
    expect(maskNik('6471021508900001')).toBe('****0001');
  });
});
