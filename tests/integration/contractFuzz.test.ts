// Every method, fed inputs shaped by its own contract plus random junk, through the router as an
// admin would call it: no answer is INTERNAL, and a refused call leaves the database as it was
// (the PIN back-off's own counters and audit lines excepted: counting a wrong PIN is the point).
// Methods that reach a printer, a cash drawer or the network are left out: their inputs meet the
// same zod check, but a fuzzer must not send jobs to devices (issue 16, item 7).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract, type MethodName } from '../../shared/api';
import { openTempHost, addUser, type TempHost } from '../support/tempHost';
import { setupShop } from '../support/shop';
import { inputArbitrary } from '../support/schemaArbitrary';

const OUTSIDE_THE_FILE = /^(print\.|drawer\.|printer\.(discover|status|config\.set)|backups\.now|exports\.)/;
const RUNS = 25;

let h: TempHost;
let token: string;

beforeAll(async () => {
  h = openTempHost();
  setupShop(h);
  addUser(h, 'root', 'admin', '987654');
  const login = await h.router.call('auth.login', { username: 'root', pin: '987654' }, null);
  token = (login as { result: { token: string } }).result.token;
});
afterAll(() => h.dispose());

/**
 * A digest of every table's rows, leaving out what a refused PIN legitimately records. The journal
 * and the outbox only follow the tables they record (a refused PIN's audit row is journaled and
 * queued for the pusat): any real write shows in its own table, which is digested.
 */
function snapshot(): string {
  const hash = createHash('sha256');
  const tables = h.core.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('pin_backoff', 'sqlite_sequence', 'journal', 'journal_pending', 'outbox') ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const t of tables) {
    const where = t === 'audit_log' ? " WHERE action NOT IN ('auth.pin_failed', 'auth.pin_backoff')" : t === 'sessions' ? ' WHERE 0' : '';
    hash.update(t).update(JSON.stringify(h.core.db.prepare(`SELECT * FROM "${t}"${where}`).raw().all()));
  }
  return hash.digest('hex');
}

const methods = (Object.keys(apiContract) as MethodName[]).filter((m) => !OUTSIDE_THE_FILE.test(m) && m !== 'auth.logout');

describe('dates are real dates in every contract', () => {
  it.each(['2026-02-30', '2025-02-29', '0000-01-01', '9999-12-31', '2026-13-01'])('%s is refused before anything is written', async (date) => {
    const before = snapshot();
    for (const [name, input] of [
      ['catalogAdmin.setPrice', { productId: '019a0000-0000-7000-8000-000000000000', amount: 1000, validFrom: date }],
      ['lpg.map.count', { date, mapCount: 1 }],
      ['reports.salesByDay', { from: date, to: '2026-12-31' }],
    ] as const) {
      expect(await h.router.call(name, input, token)).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
    }
    expect(snapshot()).toBe(before);
  });

  it('a leap day is a date', async () => {
    expect((await h.router.call('reports.salesByDay', { from: '2024-02-29', to: '2024-03-01' }, token)).ok).toBe(true);
  });
});

describe('contract fuzz through the router', () => {
  it('covers every method of the contract but the device ones', () => {
    expect(methods.length).toBeGreaterThan(90);
  });

  it.each(methods)('%s: never INTERNAL, nothing written on a refusal', async (name) => {
    await fc.assert(
      fc.asyncProperty(inputArbitrary(apiContract[name].input), async (input) => {
        const before = snapshot();
        const answer = await h.router.call(name, input, token);
        if (!answer.ok) {
          expect(answer.error.code, String(JSON.stringify(input)).slice(0, 300)).not.toBe('INTERNAL');
          expect(snapshot()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
