// Wrong pairing codes across a restart of the host (issue 16, item 5 follow-up), on a real SQLite
// file: the open codes outlive the restart, so the count of wrong tries does too. Five wrong codes
// in a row void every open code, even when the host was restarted between them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHost, type Host } from '../../electron/host/host';
import { issuePairingCode, pairDevice } from '../../electron/services/devices/pairing';
import { openTempHost, type TempHost } from '../support/tempHost';
import { setupShop } from '../support/shop';

let h: TempHost;
let manajerId: string;
let host: Host;

beforeEach(() => {
  h = openTempHost();
  manajerId = setupShop(h).users.manajer;
  host = h;
});
afterEach(() => {
  host.close();
  h.dispose();
});

const wrong = (n: number) => {
  for (let i = 0; i < n; i++) expect(() => pairDevice(host.core, '00000000', 'Kasir 2')).toThrow(expect.objectContaining({ code: 'PAIRING_CODE_WRONG' }));
};
function restart(): void {
  host.close();
  host = openHost({ dbFile: h.dbFile, now: () => h.clock.now });
}

describe('wrong pairing codes (real SQLite file, host restarted)', () => {
  it('four wrong codes, a restart, one more: the open code is void and the audit says so', () => {
    const { code } = issuePairingCode(host.core, manajerId);
    wrong(4);
    restart();
    // the count is in the file the restarted host opened, not in the old process's memory
    expect(host.core.db.prepare('SELECT count FROM pairing_wrong_codes').pluck().get()).toBe(4);
    wrong(1);
    expect(() => pairDevice(host.core, code, 'Kasir 2')).toThrow(expect.objectContaining({ code: 'PAIRING_CODE_WRONG' }));
    expect(host.core.db.prepare("SELECT details FROM audit_log WHERE action = 'device.pairing_codes_voided'").pluck().all()).toEqual(['{"wrongCodes":5}']);
  });

  it('a right code clears the count ("in a row"): four wrong, a pairing, four wrong still leave a new code usable', () => {
    wrong(4);
    expect(pairDevice(host.core, issuePairingCode(host.core, manajerId).code, 'Kasir 2').deviceId).toBeTruthy();
    wrong(4);
    restart();
    expect(pairDevice(host.core, issuePairingCode(host.core, manajerId).code, 'Kasir 3').deviceId).toBeTruthy();
  });
});
