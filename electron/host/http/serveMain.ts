// `npm run serve -- --db FILE --port N [--demo]`: the browser/LAN face. With no --db it uses the
// app's data folder; a database without users opens on the setup wizard (or the demo outlet, --demo).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError, isAppError } from '../../../shared/errors';
import { storageProblem } from '../../db/storage';
import { errorText } from '../../../shared/i18n/errorMessages';
import { parseArgs, flag, boolFlag } from '../cli/args';
import { defaultDbFile } from '../dataDir';
import { openHost, type Host } from '../host';
import { startHttp } from './server';
import { prepareFirstRun } from './firstRun';
import { ensureRendererBuilt } from './rendererBuild';
import { startBackground } from '../background';
import { projectRoot } from '../../db/projectRoot';

/** A refusal at start in both languages, then exit: the person at the till reads words, not a stack trace. */
function stopWith(e: unknown): never {
  if (!isAppError(e)) throw e;
  console.error(`Gagal / failed: ${errorText(e.code, e.params, 'id')} (${e.code})`);
  console.error(`  ${errorText(e.code, e.params, 'en')}`);
  process.exit(1);
}

const args = parseArgs(process.argv.slice(2));
let dbFile: string;
try {
  dbFile = flag(args, 'db') ?? defaultDbFile();
  // Before anything is created: a folder that takes no files would fail later, at the first sale.
  if (storageProblem(dbFile) === 'dir') throw new AppError('DATA_DIR_READ_ONLY', { dir: dirname(dbFile) });
} catch (e) {
  stopWith(e);
}
const port = Number(flag(args, 'port') ?? 5730);
const lan = boolFlag(args, 'lan');
const hostname = lan ? '0.0.0.0' : '127.0.0.1';
const root = projectRoot();
const staticDir = join(root, 'renderer', 'dist');
await ensureRendererBuilt(root);

const fresh = !existsSync(dbFile);
let host: Host;
try {
  host = openHost({ dbFile, create: fresh });
} catch (e) {
  stopWith(e);
}
let notes: string[];
try {
  notes = prepareFirstRun(host, { demo: boolFlag(args, 'demo'), lan });
} catch (e) {
  host.close();
  stopWith(e);
}
// LAN mode is TLS only, with a certificate made at the first LAN start beside the database.
// Loaded only for LAN mode: the certificate code (selfsigned, x509) costs a second at every start.
const certificate = lan ? await (await import('../../../tls/selfSignedCertificate')).lanCertificate(dirname(dbFile)) : null;
const { url } = await startHttp(host, { port, hostname, staticDir, ...(certificate ? { lan: certificate } : {}) });
// A database file that refuses writes still opens and reads: say so instead of "ready", since
// nobody can log in or sell until its permission is fixed (the login page says it too).
if (storageProblem(dbFile) === 'file')
  console.log(`Kasir KKMP TIDAK SIAP / NOT READY: ${url}  ${errorText('DB_READ_ONLY', {}, 'id')} / ${errorText('DB_READ_ONLY', {}, 'en')} (db: ${dbFile})`);
else console.log(`Kasir KKMP siap / ready: ${url}  (db: ${dbFile})`);
if (certificate) {
  console.log(`Sidik jari sertifikat / certificate fingerprint (SHA-256): ${certificate.fingerprint}`);
  console.log(
    'Perangkat lain: buka https://<alamat komputer ini>:' +
      port +
      '/pair dengan kode dari manajer. / Other devices: open /pair with the code from the manager.',
  );
}
for (const note of notes) console.log(note);
const stopBackground = startBackground(host);
const stop = () => {
  stopBackground();
  host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
