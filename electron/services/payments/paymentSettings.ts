// The manager's side of payments: the cash rounding rule (effective-dated, from a chosen day) and
// the outlet's static QRIS, stored only when it passes the checks of shared/payments/qris.ts.
import type { PaymentSettingsView } from '../../../shared/api/payments';
import { checkQris } from '../../../shared/payments/qris';
import type { CashRoundingRule } from '../../../shared/payments/cashRounding';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { nextSettingChange, outletToday, putSetting, settingOn } from '../settings/settings';

export function paymentSettings(core: Core): PaymentSettingsView {
  const today = outletToday(core);
  const next = nextSettingChange(core, 'pos.cash_rounding', today);
  const payload = settingOn(core, 'qris.merchant_payload', today);
  return {
    cashRounding: settingOn(core, 'pos.cash_rounding', today),
    nextCashRounding: next ? { rule: next.value, validFrom: next.validFrom } : null,
    qris: payload ? { payload, merchant: checkQris(payload) } : null,
  };
}

export function saveCashRounding(core: Core, userId: string, rule: CashRoundingRule, validFrom?: string): PaymentSettingsView {
  const from = validFrom ?? outletToday(core);
  inTransaction(core, () => {
    const before = settingOn(core, 'pos.cash_rounding', from);
    putSetting(core, 'pos.cash_rounding', from, rule, userId);
    audit(core, {
      userId,
      action: 'settings.cash_rounding',
      entity: 'setting',
      entityId: 'pos.cash_rounding',
      details: { validFrom: from, before, after: rule },
    });
  });
  return paymentSettings(core);
}

/** An empty payload removes the QRIS (the counter then refuses QRIS until one is entered again). */
export function saveQris(core: Core, userId: string, payloadText: string): PaymentSettingsView {
  const payload = payloadText.trim();
  const merchant = payload ? checkQris(payload) : null;
  inTransaction(core, () => {
    putSetting(core, 'qris.merchant_payload', outletToday(core), payload, userId);
    audit(core, {
      userId,
      action: 'settings.qris',
      entity: 'setting',
      entityId: 'qris.merchant_payload',
      details: merchant ? { merchant: merchant.name, city: merchant.city, nmid: merchant.nmid } : { removed: true },
    });
  });
  return paymentSettings(core);
}
