// The repository's root (where package.json, migrations/ and renderer/ live), found by walking
// up from the calling module. The same code runs from its .ts source under tsx and vitest and from
// the bundle in out/host/ (scripts/runHost.mjs), which sit at different depths.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'kasir-kkmp';

export function projectRoot(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === NAME) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`${NAME}: package.json not found above ${fileURLToPath(moduleUrl)}`);
    dir = up;
  }
}
