// Types of the launcher's exports, for the tests and the bench that use them.
import type * as esbuild from 'esbuild';

/** A digest of the host's sources: a new key means a new bundle. */
export function sourceKey(root?: string): string;
/** The folder of the current bundle (built when missing), or null without esbuild. */
export function ensureHostBundle(root?: string): Promise<string | null>;
/** ES modules for plain node, one per entry, npm packages left as imports. */
export function bundleForNode(build: typeof esbuild, root: string, entries: Record<string, string>, outdir: string): Promise<void>;
