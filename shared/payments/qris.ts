// QRIS is the EMVCo Merchant-Presented Mode QR (docs/domain/payments.md): a string of TLV objects
// (two-digit tag, two-digit length, value) ending in tag 63, a CRC-16/CCITT-FALSE over everything
// before its four hex digits, "6304" included. The gerai enters its printed static QR once; at the
// counter the same payload becomes dynamic (tag 01 = 12) with the amount in tag 54. Nothing here
// talks to a bank: whether the buyer paid is seen on the merchant app, never by this code.
import { AppError } from '../errors';

export interface Tlv {
  tag: string;
  value: string;
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, start 0xFFFF, no reflection, no final xor; over UTF-8 bytes. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Splits a TLV string; a length that runs past the end is an error naming the tag and position. */
export function parseTlv(text: string): Tlv[] {
  const out: Tlv[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) throw new AppError('QRIS_TLV_BROKEN', { position: at + 1 });
    const tag = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) throw new AppError('QRIS_TLV_TOO_LONG', { position: at + 1, tag, length });
    out.push({ tag, value });
    at += 4 + length;
  }
  return out;
}

const tlv = (tag: string, value: string) => `${tag}${String(value.length).padStart(2, '0')}${value}`;

export interface QrisMerchant {
  name: string;
  city: string;
  mcc: string;
  /** The national merchant id (NMID, "ID10…") from the QRIS template, when present. */
  nmid: string | null;
  /** The acquirers' global ids in tags 26–51 (ID.CO.QRIS.WWW, COM.GO-JEK.WWW, …). */
  networks: string[];
}

function need(objects: Tlv[], tag: string): string {
  const found = objects.find((o) => o.tag === tag);
  if (!found) throw new AppError('QRIS_TAG_MISSING', { tag });
  return found.value;
}

function mustBe(tag: string, value: string, expected: string): void {
  if (value !== expected) throw new AppError('QRIS_TAG_WRONG', { tag, want: expected, got: value });
}

/**
 * Checks a payload as the EMVCo MPM specification and the QRIS standard describe it and names the
 * first wrong tag. `kind` static: the gerai's printed QR (tag 01 = 11, no amount).
 */
export function checkQris(payloadText: string, kind: 'static' | 'dynamic' = 'static'): QrisMerchant {
  const payload = payloadText.trim();
  if (payload.length < 20) throw new AppError('QRIS_TOO_SHORT');
  const objects = parseTlv(payload);
  if (objects[0]?.tag !== '00') throw new AppError('QRIS_TAG_MISSING', { tag: '00' });
  mustBe('00', objects[0].value, '01');
  const last = objects[objects.length - 1]!;
  if (last.tag !== '63') throw new AppError('QRIS_TAG_MISSING', { tag: '63' });
  const computed = crc16(payload.slice(0, -4));
  if (last.value.toUpperCase() !== computed) throw new AppError('QRIS_CRC_WRONG', { want: computed, got: last.value });
  mustBe('01', need(objects, '01'), kind === 'static' ? '11' : '12');
  if (kind === 'static' && objects.some((o) => o.tag === '54')) throw new AppError('QRIS_STATIC_HAS_AMOUNT');

  const accounts = objects.filter((o) => Number(o.tag) >= 26 && Number(o.tag) <= 51).map((o) => parseTlv(o.value));
  const networks = accounts.map((sub) => sub.find((s) => s.tag === '00')?.value ?? '').filter((id) => id !== '');
  const qrisTemplate = accounts.find((sub) =>
    sub
      .find((s) => s.tag === '00')
      ?.value.toUpperCase()
      .startsWith('ID.CO.QRIS'),
  );
  if (!qrisTemplate) throw new AppError('QRIS_NO_MERCHANT_ACCOUNT');

  const mcc = need(objects, '52');
  if (!/^\d{4}$/.test(mcc)) throw new AppError('QRIS_TAG_WRONG', { tag: '52', want: '4 angka', got: mcc });
  mustBe('53', need(objects, '53'), '360');
  mustBe('58', need(objects, '58'), 'ID');
  const name = need(objects, '59').trim();
  const city = need(objects, '60').trim();
  if (!name) throw new AppError('QRIS_TAG_MISSING', { tag: '59' });
  if (!city) throw new AppError('QRIS_TAG_MISSING', { tag: '60' });
  return { name, city, mcc, nmid: qrisTemplate.find((s) => s.tag === '02')?.value ?? null, networks };
}

/**
 * The dynamic QR for one sale: tag 01 becomes 12, tag 54 carries the amount in whole rupiah (the
 * rupiah has no minor unit in QRIS), and the CRC is computed anew.
 */
export function dynamicQris(staticPayload: string, amount: number): string {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new AppError('QRIS_AMOUNT_INVALID', { amount });
  const objects = parseTlv(staticPayload.trim())
    .filter((o) => o.tag !== '63' && o.tag !== '54')
    .map((o) => (o.tag === '01' ? { tag: '01', value: '12' } : o));
  // Tag 54 goes before the first higher tag; every other object stays where the merchant's payload had it.
  const after = objects.findIndex((o) => Number(o.tag) > 54);
  const withAmount = [...objects];
  withAmount.splice(after === -1 ? withAmount.length : after, 0, { tag: '54', value: String(amount) });
  const body = withAmount.map((o) => tlv(o.tag, o.value)).join('') + '6304';
  return body + crc16(body);
}
