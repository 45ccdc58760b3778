// Builds the renderer (and the pusat dashboards) before the end-to-end tests when missing or
// stale (the same checks `npm run serve` and `npm run pusat` make), so `npm test` works on a clean
// clone, a second run does not rebuild, and no two test files build into one folder at once.
import { ensureRendererBuilt } from '../electron/host/http/rendererBuild';
import { ensureDashboardBuilt } from '../central/dashboardBuild';

export default async function setup(): Promise<void> {
  if (process.env.KKMP_SKIP_RENDERER_BUILD === '1') return;
  await ensureRendererBuilt(process.cwd());
  await ensureDashboardBuilt();
}
