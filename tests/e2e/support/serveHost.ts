// A real `npm run serve` host on a temp database for end-to-end tests: a copy of the demo outlet
// (`kkmp seed --demo`, made once per run) when that command exists, on a free port, stopped with the test file.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyDemo } from '../../support/demoTemplate';

export interface ServeHost {
  url: string;
  dbFile: string;
  dir: string;
  /** The one-time setup code the host printed on its console (fresh database only). */
  setupCode(): Promise<string>;
  /** Runs a `kkmp` CLI command against this host's database, returns stdout. */
  kkmp(...args: string[]): string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export function hasCliCommand(name: string): boolean {
  return new RegExp(`\\b${name}\\s*:`).test(readFileSync(join(ROOT, 'electron/host/cli/commands.ts'), 'utf8'));
}

/** `dataDirOnly`: no --db at all, as a new user runs `npm run serve`: the host picks its database in
 * the (empty) data folder KKMP_DATA_DIR. Implies an unseeded database. */
export async function startServeHost(options: { demo?: boolean; dataDirOnly?: boolean } = {}): Promise<ServeHost> {
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-e2e-'));
  const dbFile = options.dataDirOnly ? join(dir, 'kasir-kkmp.sqlite') : join(dir, 'outlet.sqlite');
  if (options.dataDirOnly) options = { ...options, demo: false };
  const env = { ...process.env, KKMP_DATA_DIR: dir };
  const kkmp = (...args: string[]) => execFileSync(TSX, [join(ROOT, 'electron/host/cli/main.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  // A copy of the run's demo outlet (seeded once by `kkmp seed --demo`, support/demoTemplate.ts).
  if (options.demo !== false && hasCliCommand('seed')) copyDemo(dbFile);
  const port = await freePort();
  // --demo: without `seed`, serve sets up the small demo outlet itself (admin PIN 123456) instead of
  // opening on the setup wizard; with the seeded database it does nothing.
  const demoFlag = options.demo !== false ? ['--demo'] : [];
  const dbFlag = options.dataDirOnly ? [] : ['--db', dbFile];
  const child = spawn(TSX, [join(ROOT, 'electron/host/http/serveMain.ts'), ...dbFlag, '--port', String(port), ...demoFlag], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let console = '';
  child.stdout?.on('data', (c: Buffer) => (console += c.toString()));
  const url = await waitForReady(child);
  return {
    url,
    async setupCode() {
      for (let i = 0; i < 100; i++) {
        const m = /Setup code[^:]*: (\d{4}-\d{4})/.exec(console);
        if (m) return m[1]!;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no setup code on the console:\n${console}`);
    },
    dbFile,
    dir,
    kkmp: (...args) => kkmp(...args, '--db', dbFile),
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}
