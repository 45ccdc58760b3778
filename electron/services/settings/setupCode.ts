// The one-time setup code: until the first admin exists, setup.initialize also needs this code,
// which only the person at the till can see (printed by `npm run serve`, shown by the desktop app).
// A web page that reaches the port, or a neighbour on the network, cannot read it. A new code is
// made at every start; ten wrong tries void it (start again for a new one).
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import { setupStatus } from './setup';

// The wrong tries stay in memory on purpose: the code itself is drawn afresh at every start, so a
// restart gives a new 1-in-10^8 code with its own ten tries, never more tries at the same code.
// (Pairing codes outlive a restart, so theirs are counted in the database: devices/pairing.ts.)
const MAX_WRONG = 10;
let wrong = 0;

const digest = (code: string) => createHash('sha256').update(code.replace(/\D/g, '')).digest();

/** A fresh code for this start, or null when the outlet is already set up. Shown as "1234-5678". */
export function issueSetupCode(core: Core): string | null {
  if (!setupStatus(core).needsSetup) return null;
  const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
  core.db
    .prepare(
      'INSERT INTO setup_code (id, code_hash, issued_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET code_hash = excluded.code_hash, issued_at = excluded.issued_at',
    )
    .run(digest(code).toString('hex'), core.now().toISOString());
  wrong = 0;
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** SETUP_CODE_WRONG unless `code` is this start's code (spaces and dashes ignored). */
export function checkSetupCode(core: Core, code: string): void {
  const row = core.db.prepare('SELECT code_hash FROM setup_code WHERE id = 1').get() as { code_hash: string } | undefined;
  const ok = row !== undefined && wrong < MAX_WRONG && timingSafeEqual(Buffer.from(row.code_hash, 'hex'), digest(code));
  if (!ok) {
    wrong++;
    throw new AppError('SETUP_CODE_WRONG');
  }
}

/** The code is spent once the outlet is set up. */
export function spendSetupCode(core: Core): void {
  core.db.prepare('DELETE FROM setup_code').run();
}
