// Published payloads with their CRC: a PromptPay (Thai EMVCo MPM) example from the QR_Wiki notes,
// and static QRIS of named merchants printed in public repositories (Baznas, two warung). The CRC
// is computed by the standard's definition, never copied from the payload under test.
import { describe, expect, it } from 'vitest';
import { checkQris, crc16, dynamicQris, parseTlv } from '../../shared/payments/qris';
import { AppError } from '../../shared/errors';
import { errorText } from '../../shared/i18n/errorMessages';

const PROMPTPAY = '00020101021129370016A000000677010111011300669186952145802TH5303764630471E4';
const BAZNAS =
  '00020101021126550016ID.CO.SHOPEE.WWW01189360091800000000180202180303UBE51440014ID.CO.QRIS.WWW0215ID20190022915550303UBE5204839853033605802ID5906Baznas6013Jakarta Pusat61051034062070703A016304A402';
const WARUNG =
  '00020101021126610014COM.GO-JEK.WWW01189360091431908993800210G1908993800303UMI51440014ID.CO.QRIS.WWW0215ID10253695702010303UMI5204549953033605802ID5923WARUNG LUPI, Pagedangan6009TANGERANG61051533062070703A0163044C4B';
const STORE =
  '00020101021126690021ID.CO.BANKMANDIRI.WWW01189360000801903662320211719036623250303UMI51440014ID.CO.QRIS.WWW0215ID10254355825370303UMI5204508553033605802ID5925gh store Perlengkapan Ind6012Kediri (Kab)61056415462070703A0163044DC9';

/** The error a check throws, in the Indonesian words the manager reads. */
function refusal(payload: string): { code: string; id: string } {
  try {
    checkQris(payload);
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, id: errorText(e.code, e.params, 'id') };
    throw e;
  }
  throw new Error('accepted');
}

/** A payload with one object's value replaced and the CRC made right again, to test one rule at a time. */
function withTag(payload: string, tag: string, value: string): string {
  const body = parseTlv(payload)
    .filter((o) => o.tag !== '63')
    .map((o) => (o.tag === tag ? { tag, value } : o))
    .map((o) => `${o.tag}${String(o.value.length).padStart(2, '0')}${o.value}`)
    .join('');
  return `${body}6304${crc16(`${body}6304`)}`;
}

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the check value 29B1 for "123456789", as the CRC catalogue defines it', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('matches the CRC printed in published EMVCo payloads', () => {
    for (const p of [PROMPTPAY, BAZNAS, WARUNG, STORE]) expect(crc16(p.slice(0, -4))).toBe(p.slice(-4));
  });
});

describe('the static QRIS the gerai enters', () => {
  it('accepts published static QRIS and reads the merchant, city, MCC and NMID', () => {
    expect(checkQris(BAZNAS)).toEqual({
      name: 'Baznas',
      city: 'Jakarta Pusat',
      mcc: '8398',
      nmid: 'ID2019002291555',
      networks: ['ID.CO.SHOPEE.WWW', 'ID.CO.QRIS.WWW'],
    });
    expect(checkQris(WARUNG)).toMatchObject({ name: 'WARUNG LUPI, Pagedangan', city: 'TANGERANG', nmid: 'ID1025369570201' });
    expect(checkQris(`  ${STORE}\n`)).toMatchObject({ name: 'gh store Perlengkapan Ind', city: 'Kediri (Kab)' });
  });

  it('names the wrong tag in Indonesian', () => {
    expect(refusal(PROMPTPAY)).toMatchObject({ code: 'QRIS_NO_MERCHANT_ACCOUNT' });
    expect(refusal(BAZNAS.slice(0, -1) + '3')).toEqual({
      code: 'QRIS_CRC_WRONG',
      id: 'Kode periksa (CRC, tag 63) QRIS salah: seharusnya A402, tertulis A403. Teks mungkin terpotong atau salah salin.',
    });
    expect(refusal(BAZNAS.slice(0, BAZNAS.indexOf('Baznas') + 3)).id).toBe(
      'Tag 59 QRIS (karakter ke-141) mengaku 6 karakter, tetapi teksnya berakhir lebih dulu: teks terpotong.',
    );
    expect(refusal(withTag(BAZNAS, '53', '840')).id).toBe('Tag 53 QRIS salah: seharusnya 360, tertulis 840.');
    expect(refusal(withTag(BAZNAS, '58', 'TH')).id).toBe('Tag 58 QRIS salah: seharusnya ID, tertulis TH.');
    expect(refusal(withTag(BAZNAS, '00', '02')).id).toBe('Tag 00 QRIS salah: seharusnya 01, tertulis 02.');
    expect(refusal(withTag(BAZNAS, '01', '12')).id).toBe('Tag 01 QRIS salah: seharusnya 11, tertulis 12.');
    expect(refusal(withTag(BAZNAS, '52', '83A8')).id).toBe('Tag 52 QRIS salah: seharusnya 4 angka, tertulis 83A8.');
    expect(refusal(withTag(BAZNAS, '59', ' ')).id).toBe('Tag 59 tidak ada di QRIS.');
    expect(refusal('hello, this is not a QR payload').code).toBe('QRIS_TLV_BROKEN');
    expect(refusal(dynamicQris(BAZNAS, 5000).replace('010212', '010211')).code).toBe('QRIS_CRC_WRONG');
  });
});

describe('the dynamic QRIS of one sale', () => {
  it('switches tag 01 to 12, puts the amount in tag 54 before tag 58, and recomputes the CRC', () => {
    const dyn = dynamicQris(BAZNAS, 16_300);
    const objects = parseTlv(dyn);
    expect(objects.find((o) => o.tag === '01')?.value).toBe('12');
    expect(objects.find((o) => o.tag === '54')?.value).toBe('16300');
    expect(objects.map((o) => o.tag)).toEqual(['00', '01', '26', '51', '52', '53', '54', '58', '59', '60', '61', '62', '63']);
    expect(dyn.slice(-4)).toBe(crc16(dyn.slice(0, -4)));
    expect(checkQris(dyn, 'dynamic')).toMatchObject({ name: 'Baznas' });
    // A new amount replaces the old one; nothing else of the merchant's payload changes.
    const again = dynamicQris(dyn, 5_000);
    expect(parseTlv(again).filter((o) => o.tag === '54')).toEqual([{ tag: '54', value: '5000' }]);
    const rest = (p: string) => parseTlv(p).filter((o) => o.tag !== '54' && o.tag !== '63');
    expect(rest(again)).toEqual(rest(dyn));
  });

  it('refuses an amount that is not whole rupiah above 0', () => {
    expect(() => dynamicQris(BAZNAS, 0)).toThrow(/QRIS_AMOUNT_INVALID/);
    expect(() => dynamicQris(BAZNAS, 12.5)).toThrow(/QRIS_AMOUNT_INVALID/);
  });
});
