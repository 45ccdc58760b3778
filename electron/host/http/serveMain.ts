// `npm run serve -- --db FILE --port N`: the browser/LAN face. With no --db it uses the app's
// data folder and, on first run, creates a demo outlet so the README's command just works.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, flag, boolFlag } from '../cli/args';
import { defaultDbFile } from '../dataDir';
import { openHost } from '../host';
import { startHttp } from './server';
import { ensureDemo } from './firstRun';

const args = parseArgs(process.argv.slice(2));
const dbFile = flag(args, 'db') ?? defaultDbFile();
const port = Number(flag(args, 'port') ?? 5730);
const hostname = boolFlag(args, 'lan') ? '0.0.0.0' : '127.0.0.1';
const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'renderer', 'dist');

const fresh = !existsSync(dbFile);
const host = openHost({ dbFile, create: fresh });
if (fresh) await ensureDemo(host);
const { url } = await startHttp(host, { port, hostname, staticDir });
console.log(`Kasir KKMP siap / ready: ${url}  (db: ${dbFile})`);
const stop = () => {
  host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
