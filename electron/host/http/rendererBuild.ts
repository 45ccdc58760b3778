// The browser face serves the built renderer. A fresh clone has none, and after a `git pull` the
// build is stale: build it here, offline, whenever the sources it comes from differ from the ones
// it was built from (a content hash kept beside the build), so `npm run serve` needs no other step.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCES = ['renderer', 'shared', 'package-lock.json'];
// renderer/pusat is the pusat's own app (central/dashboardBuild.ts), not part of this build.
const SKIP = new Set(['dist', 'node_modules', 'pusat']);
const STAMP = '.kkmp-source-hash';

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (!SKIP.has(name)) yield* files(join(path, name));
  }
}

/** A hash over the names and contents of everything the renderer build reads. */
export function rendererSourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(join(root, source))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function rendererBuildIsCurrent(root: string): boolean {
  const stamp = join(root, 'renderer', 'dist', STAMP);
  return existsSync(join(root, 'renderer', 'dist', 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === rendererSourceHash(root);
}

/** Builds renderer/dist when it is missing or older than its sources; returns whether it built. */
export async function ensureRendererBuilt(root: string, log: (line: string) => void = console.log): Promise<boolean> {
  if (rendererBuildIsCurrent(root)) return false;
  log('Menyiapkan tampilan (sekali setelah pasang atau git pull) / building the screens (once after install or git pull)…');
  const hash = rendererSourceHash(root);
  const { build } = await import('vite');
  await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(join(root, 'renderer', 'dist', STAMP), hash);
  return true;
}
