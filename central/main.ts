// `npm run pusat [-- --pg postgres://… | --data-dir DIR] [--port N] [--host H] [--https | --http]`
// serves the pusat: over https with its own certificate (made at the first start in the app data
// folder; its fingerprint printed for the outlets to pin) when --https is given or it listens
// beyond the loopback, unless --http says a TLS reverse proxy is in front;
// `npm run pusat -- add-dinas --username U --kota K` creates a dinas account (the password is read
// from KKMP_PUSAT_PASSWORD so it never lands in the shell history).
import { parseArgs } from 'node:util';
import { appDataDir, defaultPgliteDir } from './dataDir';
import { pusatCertificate } from '../tls/selfSignedCertificate';
import { errorText } from '../shared/i18n/errorMessages';
import { AppError } from '../shared/errors';
import { openCentral, type CentralStore } from './host';
import { startCentralHttp } from './http';
import { DASHBOARD_DIST, ensureDashboardBuilt } from './dashboardBuild';
import { createAccount } from './services/accounts';

async function main(argv: string[]): Promise<number> {
  const { values: flags, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pg: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      username: { type: 'string' },
      kota: { type: 'string' },
      https: { type: 'boolean' },
      http: { type: 'boolean' },
      'cert-dir': { type: 'string' },
    },
  });
  const store: CentralStore = flags.pg ? { pg: flags.pg } : { pgliteDir: flags['data-dir'] ?? defaultPgliteDir() };
  if (positionals[0] === 'add-dinas') {
    const password = process.env.KKMP_PUSAT_PASSWORD ?? '';
    if (password.length < 10) throw new AppError('CENTRAL_PASSWORD_SHORT');
    if (!flags.username || !flags.kota) throw new AppError('CLI_FLAG_REQUIRED', { flag: flags.username ? '--kota' : '--username' });
    const host = await openCentral(store);
    await host.db.tx((sql) => createAccount(sql, { username: flags.username!, password, role: 'dinas', kota: flags.kota!, createdBy: null }));
    console.log('OK');
    await host.close();
    return 0;
  }
  await ensureDashboardBuilt();
  const hostname = flags.host ?? '127.0.0.1';
  const loopback = hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '::1';
  const certificate = (flags.https || !loopback) && !flags.http ? await pusatCertificate(flags['cert-dir'] ?? appDataDir()) : null;
  const host = await openCentral(store);
  const { app, url } = await startCentralHttp(host, { port: Number(flags.port ?? 8787), hostname, staticDir: DASHBOARD_DIST, tls: certificate ?? undefined });
  // PGlite writes its folder on close: stop cleanly so a Ctrl+C never leaves it half-written.
  const stop = () =>
    void app
      .close()
      .then(() => host.close())
      .then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (certificate) console.log(`Sidik jari sertifikat / certificate fingerprint (SHA-256): ${certificate.fingerprint}`);
  console.log(`pusat ${host.db.kind === 'pg' ? 'PostgreSQL' : `PGlite ${'pgliteDir' in store ? store.pgliteDir : ''}`} → ${url}`);
  return new Promise(() => undefined);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof AppError) {
      console.error(errorText(e.code, e.params, 'id'));
      process.exit(1);
    }
    console.error(e);
    process.exit(2);
  },
);
