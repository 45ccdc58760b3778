// The bench's child scripts run as plain-node bundles built the way `npm run kkmp` builds the CLI
// (scripts/runHost.mjs), so a figure times what a user runs. Through tsx, the lazy imports inside
// a timed span (an export's writer, its library) were compiled on the fly and counted as ours.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { bundleForNode } from '../../scripts/runHost.mjs';

/** Builds `entries` ({ name: 'bench/lib/x.ts' }) into `<workDir>/bundle` and returns each entry's .mjs path. */
export async function bundleScripts(root: string, workDir: string, entries: Record<string, string>): Promise<Record<string, string>> {
  const outdir = join(workDir, 'bundle');
  await bundleForNode(esbuild, root, entries, outdir);
  return Object.fromEntries(Object.keys(entries).map((name) => [name, join(outdir, `${name}.mjs`)]));
}
