// `npm run serve` and `npm run kkmp` start here: plain node runs a bundle of the host instead of
// compiling every TypeScript file through tsx at each start (docs/performance.md, figure g: tsx
// alone costs several hundred milliseconds before the first line of ours runs). The bundle is made
// with esbuild on the first start after an install or a `git pull` and kept under out/host/<key>/,
// where the key is a digest of the names, sizes and times of the sources it is made from; a new
// key means new sources and a new bundle. Without esbuild the host still starts through tsx.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import * as nodeModule from 'node:module';

const ROOT = join(import.meta.dirname, '..');
const ENTRIES = { serve: 'electron/host/http/serveMain.ts', kkmp: 'electron/host/cli/main.ts' };
const SOURCES = ['electron', 'shared', 'drivers', 'tls', 'package-lock.json', 'tsconfig.json'];
/** electron/app is the desktop shell (it imports Electron), never part of serve or kkmp. */
const SKIP = new Set(['node_modules', 'dist', 'app']);
const OUT = join(ROOT, 'out', 'host');
const KEEP = 3;

function* files(path) {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isFile()) {
    yield [path, st];
    return;
  }
  for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) yield* files(join(path, name));
}

export function sourceKey(root = ROOT) {
  const hash = createHash('sha256');
  for (const source of SOURCES) for (const [file, st] of files(join(root, source))) hash.update(`${relative(root, file)}\0${st.size}\0${st.mtimeMs}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Builds out/host/<key>/ unless it is there; parallel starts each build into their own folder and the first rename wins. */
export async function ensureHostBundle(root = ROOT) {
  const dir = join(OUT, sourceKey(root));
  if (existsSync(join(dir, 'serve.mjs')) && existsSync(join(dir, 'kkmp.mjs'))) return dir;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  await bundleForNode(esbuild, root, ENTRIES, tmp);
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  prune(dir);
  return dir;
}

/**
 * ES modules for plain node, one per entry (`{ name: 'path/to/file.ts' }`), npm packages left as
 * imports. The bench builds its child scripts the same way, so what it times runs as `kkmp` does.
 * `outdir` must be inside the project, where node_modules resolves.
 */
export async function bundleForNode(esbuild, root, entries, outdir) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
}

function prune(current) {
  const old = readdirSync(OUT)
    .filter((n) => !n.includes('.tmp-') && n !== 'compile-cache' && join(OUT, n) !== current)
    .map((n) => ({ n, at: statSync(join(OUT, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(KEEP - 1);
  for (const { n } of old) rmSync(join(OUT, n), { recursive: true, force: true });
}

const [face, ...args] = process.argv.slice(2);
if (face === 'serve' || face === 'kkmp') {
  mkdirSync(OUT, { recursive: true });
  const dir = await ensureHostBundle();
  if (dir) {
    const entry = join(dir, `${face}.mjs`);
    // V8's code cache for the bundle and the packages it loads: compiling them was the largest
    // part of a start (figure g, docs/performance.md); the cache is keyed by content, so a new
    // bundle simply compiles once.
    nodeModule.enableCompileCache?.(join(OUT, 'compile-cache'));
    process.argv = [process.argv[0], entry, ...args];
    await import(pathToFileURL(entry).href);
  } else {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    process.exit(spawnSync(tsx, [join(ROOT, ENTRIES[face]), ...args], { stdio: 'inherit' }).status ?? 1);
  }
}
