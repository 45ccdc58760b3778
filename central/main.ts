// `npm run pusat [-- --pg postgres://… | --data-dir DIR] [--port N] [--host H]` serves the pusat;
// `npm run pusat -- add-dinas --username U --kota K` creates a dinas account (the password is read
// from KKMP_PUSAT_PASSWORD so it never lands in the shell history).
import { join } from 'node:path';
import { defaultDataDir } from '../electron/host/dataDir';
import { parseArgs, flag, requiredFlag } from '../electron/host/cli/args';
import { errorText } from '../shared/i18n/errorMessages';
import { AppError } from '../shared/errors';
import { openCentral, type CentralStore } from './host';
import { startCentralHttp } from './http';
import { createAccount } from './services/accounts';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const pg = flag(args, 'pg');
  const store: CentralStore = pg ? { pg } : { pgliteDir: flag(args, 'data-dir') ?? join(defaultDataDir(), 'pusat-pglite') };
  const host = await openCentral(store);
  if (args.positional[0] === 'add-dinas') {
    const password = process.env.KKMP_PUSAT_PASSWORD ?? '';
    if (password.length < 10) throw new AppError('CENTRAL_PASSWORD_SHORT');
    await host.db.tx((sql) => createAccount(sql, { username: requiredFlag(args, 'username'), password, role: 'dinas', kota: requiredFlag(args, 'kota'), createdBy: null }));
    console.log('OK');
    await host.close();
    return 0;
  }
  const { url } = await startCentralHttp(host, { port: Number(flag(args, 'port') ?? 8787), hostname: flag(args, 'host') ?? '127.0.0.1' });
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
