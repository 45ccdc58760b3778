// The outlet's static QRIS through the router on a real SQLite file: a wrong payload is refused with
// the tag that is wrong and changes nothing; a good one is stored, audited and reaches the counter.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import type { PaymentSettingsView } from '../../shared/api/payments';
import type { CounterInfo } from '../../shared/api/pos';
import { errorText } from '../../shared/i18n/errorMessages';
import type { ErrorParams } from '../../shared/errors';

// Baznas's published static QRIS (CRC A402), as in tests/unit/qris.test.ts.
const BAZNAS =
  '00020101021126550016ID.CO.SHOPEE.WWW01189360091800000000180202180303UBE51440014ID.CO.QRIS.WWW0215ID20190022915550303UBE5204839853033605802ID5906Baznas6013Jakarta Pusat61051034062070703A016304A402';

let h: TempHost;
let manajer: Caller;
let kasir: Caller;

beforeEach(async () => {
  h = openTempHost();
  setupShop(h);
  manajer = await h.as('hendra', PINS.manajer);
  kasir = await h.as('sari', PINS.kasir);
});
afterEach(() => h.dispose());

describe('the static QRIS', () => {
  it('refuses a payload with a wrong CRC in Indonesian words, and stores nothing', async () => {
    const e = await errorOf(manajer('payments.saveQris', { payload: BAZNAS.replace('A402', 'A40F') }));
    expect(errorText(e.code, e.params as ErrorParams, 'id')).toBe(
      'Kode periksa (CRC, tag 63) QRIS salah: seharusnya A402, tertulis A40F. Teks mungkin terpotong atau salah salin.',
    );
    expect((await manajer<PaymentSettingsView>('payments.settings')).qris).toBeNull();
    expect((await kasir<CounterInfo>('pos.info')).qrisPayload).toBeNull();
  });

  it('stores a valid one for the counter, audited with the merchant it names; a kasir may not change it', async () => {
    const view = await manajer<PaymentSettingsView>('payments.saveQris', { payload: `${BAZNAS}\n` });
    expect(view.qris?.merchant).toMatchObject({ name: 'Baznas', city: 'Jakarta Pusat', nmid: 'ID2019002291555' });
    expect((await kasir<CounterInfo>('pos.info')).qrisPayload).toBe(BAZNAS);
    const audit = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'settings.qris'").pluck().get() as string;
    expect(JSON.parse(audit)).toEqual({ merchant: 'Baznas', city: 'Jakarta Pusat', nmid: 'ID2019002291555' });
    expect((await errorOf(kasir('payments.saveQris', { payload: '' }))).code).toBe('ROLE_FORBIDDEN');
    // Emptied by the manager, the counter has no QRIS again.
    await manajer('payments.saveQris', { payload: '' });
    expect((await kasir<CounterInfo>('pos.info')).qrisPayload).toBeNull();
  });
});
