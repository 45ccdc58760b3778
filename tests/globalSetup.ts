// Builds the renderer once before the end-to-end tests, so `npm test` works on a clean clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.KKMP_SKIP_RENDERER_BUILD === '1') return;
  if (!existsSync('renderer/vite.config.ts')) return;
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}
