// `npm run pusat [-- --pg postgres://… | --data-dir DIR] [--port N] [--host H]` serves the pusat;
// `npm run pusat -- add-dinas --username U --kota K` creates a dinas account (the password is read
// from KKMP_PUSAT_PASSWORD so it never lands in the shell history).
import { parseArgs } from 'node:util';
import { defaultPgliteDir } from './dataDir';
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
  const host = await openCentral(store);
  const { app, url } = await startCentralHttp(host, { port: Number(flags.port ?? 8787), hostname: flags.host ?? '127.0.0.1', staticDir: DASHBOARD_DIST });
  // PGlite writes its folder on close: stop cleanly so a Ctrl+C never leaves it half-written.
  const stop = () =>
    void app
      .close()
      .then(() => host.close())
      .then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
