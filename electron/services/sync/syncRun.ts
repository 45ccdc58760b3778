// One sync round, as `kkmp sync` and a background job run it: enrol when a code is given, push
// the outbox, then pull the regional values. A push that fails (offline) still reports what is
// pending; the pull is only tried when the pusat answered.
import { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import { httpCentral, type CentralCall } from './centralClient';
import { enrolOutlet } from './enrol';
import { pushOutbox, type PushReport } from './push';
import { pullRegional } from './regionalPull';
import { loadSyncKey } from './syncKey';
import { syncState } from './syncState';

export interface SyncRunOptions {
  keyFile: string;
  centralUrl?: string;
  enrolCode?: string;
  /** At enrolment: the fingerprint of a self-signed pusat certificate, as the dinas gives it;
   * pinned from then on. */
  fingerprint?: string;
  /** Tests and the simulation inject a transport; by default HTTP(S) to the central URL. */
  call?: CentralCall;
}

export interface SyncRunReport {
  outletId: string;
  enrolled: boolean;
  push: PushReport;
  pull: { applied: number; unknownGtins: string[] } | null;
}

export async function runSync(core: Core, options: SyncRunOptions): Promise<SyncRunReport> {
  const state = syncState(core);
  const url = options.centralUrl ?? state?.centralUrl;
  if (!url) throw new AppError('SYNC_NOT_ENROLLED');
  // Enrolled: the fingerprint pinned then holds, whatever is passed now.
  const fingerprint = state ? state.centralFingerprint : (options.fingerprint ?? null);
  const call = options.call ?? httpCentral(url, { fingerprint });
  let enrolled = false;
  if (options.enrolCode) {
    await enrolOutlet(core, call, url, options.enrolCode, options.keyFile, fingerprint);
    enrolled = true;
  } else if (!state) throw new AppError('SYNC_NOT_ENROLLED');
  // Never a fresh key here: a key the pusat does not know would only get every batch refused.
  const key = loadSyncKey(options.keyFile);
  const push = await pushOutbox(core, call, key);
  const pull = push.error ? null : await pullRegional(core, call, key);
  return { outletId: syncState(core)!.outletId, enrolled, push, pull };
}
