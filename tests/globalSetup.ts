// Builds the renderer before the end-to-end tests when it is missing or stale (the same check
// `npm run serve` makes), so `npm test` works on a clean clone and a second run does not rebuild.
import { ensureRendererBuilt } from '../electron/host/http/rendererBuild';

export default async function setup(): Promise<void> {
  if (process.env.KKMP_SKIP_RENDERER_BUILD === '1') return;
  await ensureRendererBuilt(process.cwd());
}
