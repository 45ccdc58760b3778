// NIK (Nomor Induk Kependudukan): 16 digits = province (2) + kabupaten/kota (2) + kecamatan (2)
// + date of birth DDMMYY (women add 40 to the day) + serial (4). We check the shape, a known
// province, and a real date; only Dukcapil can say the person exists.
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
]);

export type NikProblem = 'NIK_FORMAT' | 'NIK_PROVINCE' | 'NIK_REGION' | 'NIK_BIRTH_DATE' | 'NIK_SERIAL';

export interface NikFacts {
  province: string;
  regency: string;
  district: string;
  birthDay: number;
  birthMonth: number;
  birthYear2: number;
  female: boolean;
}

export type NikCheck = { ok: true; nik: string; facts: NikFacts } | { ok: false; problem: NikProblem };

function validDay(day: number, month: number, year: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Accepts spaces and dots a person might type; the result `nik` is the 16 bare digits. */
export function checkNik(raw: string): NikCheck {
  const nik = raw.replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(nik) || /^0+$/.test(nik)) return { ok: false, problem: 'NIK_FORMAT' };
  const province = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) return { ok: false, problem: 'NIK_PROVINCE' };
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return { ok: false, problem: 'NIK_REGION' };
  const dd = Number(nik.slice(6, 8));
  const mm = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  if (mm < 1 || mm > 12) return { ok: false, problem: 'NIK_BIRTH_DATE' };
  // The century is not in the NIK: the date must be real in 19yy or 20yy.
  if (!validDay(day, mm, 1900 + yy) && !validDay(day, mm, 2000 + yy)) return { ok: false, problem: 'NIK_BIRTH_DATE' };
  if (nik.slice(12) === '0000') return { ok: false, problem: 'NIK_SERIAL' };
  return { ok: true, nik, facts: { province, regency: nik.slice(2, 4), district: nik.slice(4, 6), birthDay: day, birthMonth: mm, birthYear2: yy, female } };
}

/** What a screen or a receipt may show: the last four digits. */
export function maskNik(last4: string): string {
  return `****${last4.slice(-4)}`;
}

/** A KK (Kartu Keluarga) number is also 16 digits starting with a province code. */
export function checkKk(raw: string): { ok: true; kk: string } | { ok: false } {
  const kk = raw.replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(kk) || !PROVINCE_CODES.has(kk.slice(0, 2))) return { ok: false };
  return { ok: true, kk };
}
