// `npm run serve -- --db FILE --port N [--demo]`: the browser/LAN face. With no --db it uses the
// app's data folder; a database without users opens on the setup wizard (or the demo outlet, --demo).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isAppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorMessages';
import { parseArgs, flag, boolFlag } from '../cli/args';
import { defaultDbFile } from '../dataDir';
import { openHost } from '../host';
import { startHttp } from './server';
import { prepareFirstRun } from './firstRun';
import { ensureRendererBuilt } from './rendererBuild';
import { startBackground } from '../background';
import { projectRoot } from '../../db/projectRoot';

const args = parseArgs(process.argv.slice(2));
const dbFile = flag(args, 'db') ?? defaultDbFile();
const port = Number(flag(args, 'port') ?? 5730);
const lan = boolFlag(args, 'lan');
const hostname = lan ? '0.0.0.0' : '127.0.0.1';
const root = projectRoot();
const staticDir = join(root, 'renderer', 'dist');
await ensureRendererBuilt(root);

const fresh = !existsSync(dbFile);
const host = openHost({ dbFile, create: fresh });
let notes: string[];
try {
  notes = prepareFirstRun(host, { demo: boolFlag(args, 'demo'), lan });
} catch (e) {
  host.close();
  if (!isAppError(e)) throw e;
  console.error(`Gagal / failed: ${errorText(e.code, e.params, 'id')} (${e.code})`);
  process.exit(1);
}
// LAN mode is TLS only, with a certificate made at the first LAN start beside the database.
// Loaded only for LAN mode: the certificate code (selfsigned, x509) costs a second at every start.
const certificate = lan ? await (await import('../../../tls/selfSignedCertificate')).lanCertificate(dirname(dbFile)) : null;
const { url } = await startHttp(host, { port, hostname, staticDir, ...(certificate ? { lan: certificate } : {}) });
console.log(`Kasir KKMP siap / ready: ${url}  (db: ${dbFile})`);
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
