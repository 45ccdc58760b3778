// The pusat over https with the certificate it makes at first start, and an outlet that pins its
// fingerprint at enrolment (`kkmp sync --enrol CODE --fingerprint …`): real TLS over a real TCP
// socket, the pusat on embedded PGlite (the transport is under test here, not the database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCentral, type CentralHost } from '../../central/host';
import { startCentralHttp } from '../../central/http';
import { createAccount, login } from '../../central/services/accounts';
import { createEnrolmentCode } from '../../central/services/enrolment';
import { syncOverview } from '../../electron/services/sync/syncState';
import { pusatCertificate } from '../../tls/selfSignedCertificate';
import { kkmp } from '../support/cli';
import { openLpgWorld, type LpgWorld } from '../support/lpgWorld';

describe('kkmp sync to a pusat over https, with the fingerprint pinned at enrolment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-pusat-tls-'));
  let central: CentralHost;
  let stop: () => Promise<void>;
  let url: string;
  let fingerprint: string;
  let w: LpgWorld;

  const newCode = async () => {
    const { user } = await login(central.db, 'dinas.bpn', 'rahasia-dinas-1', new Date());
    return (await createEnrolmentCode(central.db, user, { koperasiId: 'kkmp-graha-indah', outletName: 'Gerai TLS', validHours: 2 }, new Date())).code;
  };
  const serve = async (certDir: string) => {
    const cert = await pusatCertificate(certDir);
    const http = await startCentralHttp(central, { port: 0, tls: cert });
    return { url: http.url, fingerprint: cert.fingerprint, close: () => http.app.close() };
  };
  const centralFacts = async () => Number((await central.db.query<{ n: string }>('SELECT count(*) AS n FROM facts'))[0]!.n);

  beforeAll(async () => {
    central = await openCentral({ pgliteDir: null });
    await central.db.tx((sql) =>
      createAccount(sql, { username: 'dinas.bpn', password: 'rahasia-dinas-1', role: 'dinas', kota: 'Balikpapan', createdBy: null }),
    );
    await central.db.query("INSERT INTO koperasi (id, name, kota, kelurahan) VALUES ('kkmp-graha-indah', 'KKMP Graha Indah', 'Balikpapan', 'Graha Indah')");
    const s = await serve(join(dir, 'first'));
    ({ url, fingerprint } = s);
    stop = s.close;
    w = await openLpgWorld();
  }, 120_000);

  afterAll(async () => {
    w?.h.dispose();
    await stop?.();
    await central?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves https only, with a certificate kept across restarts', async () => {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect((await pusatCertificate(join(dir, 'first'))).fingerprint).toBe(fingerprint);
  });

  it('refuses to enrol without a fingerprint or with the wrong one, then enrols with the right one and pushes', async () => {
    const code = await newCode();
    const unpinned = await kkmp('sync', '--db', w.h.dbFile, '--central', url, '--enrol', code);
    expect(unpinned.code).toBe(1);
    expect(unpinned.err).toContain('--fingerprint');

    const wrong = await kkmp('sync', '--db', w.h.dbFile, '--central', url, '--enrol', code, '--fingerprint', 'AB:'.repeat(31) + 'AB');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('bukan yang dicatat saat pendaftaran');
    expect(syncOverview(w.h.core).state).toBeNull();

    await w.sellLines([{ productId: w.products.gula, qtyMilli: 2000 }]);
    // The code was not used by the refused attempts: nothing reached the pusat.
    const ok = await kkmp('sync', '--db', w.h.dbFile, '--central', url, '--enrol', code, '--fingerprint', fingerprint.toLowerCase());
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(syncOverview(w.h.core).state?.centralFingerprint).toBe(fingerprint.toLowerCase());
    expect(syncOverview(w.h.core).pending).toBe(0);
    expect(await centralFacts()).toBe(w.h.core.db.prepare('SELECT count(*) FROM outbox').pluck().get());
  });

  it('stops sending when the server at that address shows another certificate', async () => {
    await stop();
    const other = await serve(join(dir, 'impostor'));
    stop = other.close;
    expect(other.fingerprint).not.toBe(fingerprint);
    await w.sellLines([{ productId: w.products.gula, qtyMilli: 1000 }]);
    const before = await centralFacts();
    const r = await kkmp('sync', '--db', w.h.dbFile, '--central', other.url);
    expect(r.code).toBe(1);
    expect(r.err).toContain(other.fingerprint);
    expect(await centralFacts()).toBe(before);
    expect(syncOverview(w.h.core).pending).toBeGreaterThan(0);
  });
});
