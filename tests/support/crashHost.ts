// A bare host for the kill -9 test: the real router and HTTP transport over a database file,
// nothing else (no scanners, no backup timer), printing its URL when ready.
import { openHost } from '../../electron/host/host';
import { startHttp } from '../../electron/host/http/server';

const dbFile = process.argv[2];
if (!dbFile) throw new Error('usage: crashHost.ts DBFILE');
const host = openHost({ dbFile });
const { url } = await startHttp(host, { port: 0 });
console.log(`READY ${url}`);
