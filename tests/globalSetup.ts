// Builds the renderer (and the pusat dashboards) before the end-to-end tests when missing or
// stale (the same checks `npm run serve` and `npm run pusat` make), so `npm test` works on a clean
// clone, a second run does not rebuild, and no two test files build into one folder at once. It
// also names the run, so the test files share one seeded demo outlet (support/demoTemplate.ts),
// removed when the run ends.
import { rmSync } from 'node:fs';
import { ensureRendererBuilt } from '../electron/host/http/rendererBuild';
import { ensureDashboardBuilt } from '../central/dashboardBuild';
import { demoTemplateDir } from './support/demoTemplate';

export default async function setup(): Promise<() => void> {
  process.env.KKMP_TEST_RUN = `${process.pid}-${Date.now()}`;
  const templates = demoTemplateDir();
  const teardown = () => rmSync(templates, { recursive: true, force: true });
  if (process.env.KKMP_SKIP_RENDERER_BUILD === '1') return teardown;
  await ensureRendererBuilt(process.cwd());
  await ensureDashboardBuilt();
  return teardown;
}
