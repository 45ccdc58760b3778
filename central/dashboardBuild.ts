// The dashboards (renderer/pusat) are built with vite on the pusat's first start, and again when
// any of their sources is newer than the build, so `npm run pusat` needs no separate step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DASHBOARD_DIR = join(ROOT, 'renderer', 'pusat');
export const DASHBOARD_DIST = join(DASHBOARD_DIR, 'dist');

function newest(path: string): number {
  const st = statSync(path);
  if (st.isFile()) return st.mtimeMs;
  return readdirSync(path)
    .filter((n) => n !== 'dist' && n !== 'node_modules')
    .reduce((m, n) => Math.max(m, newest(join(path, n))), 0);
}

export async function ensureDashboardBuilt(log: (line: string) => void = console.log): Promise<void> {
  const index = join(DASHBOARD_DIST, 'index.html');
  const sources = Math.max(newest(DASHBOARD_DIR), newest(join(ROOT, 'renderer', 'lib')), newest(join(ROOT, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('Membangun dasbor pusat / building the pusat dashboards...');
  const { build } = await import('vite');
  await build({ configFile: join(DASHBOARD_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
