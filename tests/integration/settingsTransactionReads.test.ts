// Settings are read once per (key, date) inside a write transaction (a sale asks for dozens):
// a value written in the same transaction, or by another host on the same file between two
// transactions, must still be the one read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../electron/services/core';
import { putSetting, settingOn } from '../../electron/services/settings/settings';
import { openHost } from '../../electron/host/host';
import { openTempHost, type TempHost } from '../support/tempHost';
import { setupShop } from '../support/shop';

let h: TempHost;
beforeEach(() => {
  h = openTempHost({ start: new Date('2026-11-20T01:15:00Z') });
  setupShop(h);
});
afterEach(() => h.dispose());

describe('settings read inside a transaction', () => {
  it('a value written in the same transaction is read back at once', () => {
    const seen = inTransaction(h.core, () => {
      const before = settingOn(h.core, 'pos.tender_max', '2026-11-20');
      putSetting(h.core, 'pos.tender_max', '2026-11-20', before + 1, null);
      return { before, after: settingOn(h.core, 'pos.tender_max', '2026-11-20') };
    });
    expect(seen.after).toBe(seen.before + 1);
  });

  it('a change made by a second host on the same file shows in the next transaction', () => {
    const first = inTransaction(h.core, () => settingOn(h.core, 'pos.tender_max', '2026-11-20'));
    const other = openHost({ dbFile: h.dbFile });
    try {
      putSetting(other.core, 'pos.tender_max', '2026-11-20', first + 7, null);
    } finally {
      other.close();
    }
    expect(inTransaction(h.core, () => settingOn(h.core, 'pos.tender_max', '2026-11-20'))).toBe(first + 7);
  });
});
