// Enrolment of this outlet with the pusat: make the signing key, present the one-time code and
// the public key, remember the outlet id. Done once; a second enrolment is refused.
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import type { CentralCall } from './centralClient';
import { createSyncKey, loadSyncKey } from './syncKey';
import { syncState } from './syncState';

export async function enrolOutlet(
  core: Core,
  call: CentralCall,
  centralUrl: string,
  code: string,
  keyFile: string,
  fingerprint: string | null = null,
): Promise<{ outletId: string; koperasiId: string; kota: string }> {
  const existing = syncState(core);
  if (existing) throw new AppError('SYNC_ALREADY_ENROLLED', { outletId: existing.outletId });
  const key = existsSync(keyFile) ? loadSyncKey(keyFile) : createSyncKey(keyFile);
  const answer = (await call('outlet.enrol', { code, publicKey: key.publicKey })) as { outletId: string; koperasiId: string; kota: string };
  inTransaction(core, () => {
    core.db
      .prepare('INSERT INTO sync_state (id, central_url, central_fingerprint, outlet_id, koperasi_id, kota, enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?)')
      .run(centralUrl, fingerprint, answer.outletId, answer.koperasiId, answer.kota, core.now().toISOString());
    audit(core, {
      userId: null,
      action: 'sync.enrol',
      entity: 'outlet',
      entityId: answer.outletId,
      details: { centralUrl, fingerprint, koperasiId: answer.koperasiId, kota: answer.kota },
    });
  });
  return answer;
}
