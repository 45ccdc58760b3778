// What a new user meets on a fresh machine: an old Node is named with the way to get Node 24
// before anything can crash, `npm start` without the Electron binary points to the browser face,
// and the renderer is built on first start and rebuilt when its sources change.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureRendererBuilt, rendererBuildIsCurrent } from '../../electron/host/http/rendererBuild';

const root = process.cwd();

/** Runs a script as if the machine's Node had the given version (process.versions faked by a preload). */
function runWithNodeVersion(script: string, version: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-node-'));
  const preload = join(dir, 'fakeVersion.cjs');
  writeFileSync(preload, `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: ${JSON.stringify(version)} } });`);
  return spawnSync(process.execPath, ['-r', preload, join(root, script)], { encoding: 'utf8' });
}

function systemNodeMajor(): number | null {
  try {
    return Number(execFileSync('/usr/bin/node', ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

describe('an old Node is refused in words', () => {
  it('Node 20 gets the required version, the version it has and the command to get Node 24, in Indonesian and English', () => {
    const run = runWithNodeVersion('scripts/checkNode.cjs', '20.20.2');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Kasir KKMP butuh Node.js >= 22.12');
    expect(run.stderr).toContain('needs Node.js >= 22.12');
    expect(run.stderr).toContain('v20.20.2');
    expect(run.stderr).toMatch(/npm install --prefix "\$HOME\/\.cache\/node24" node-[a-z]+-[a-z0-9]+@24/);
  });

  it('Node 22.11 is still too old; 22.12 and 24 pass silently', () => {
    expect(runWithNodeVersion('scripts/checkNode.cjs', '22.11.0').status).toBe(1);
    const ok = runWithNodeVersion('scripts/checkNode.cjs', '22.12.0');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    expect(runWithNodeVersion('scripts/checkNode.cjs', '24.1.0').status).toBe(0);
  });

  const major = systemNodeMajor();
  it.runIf(major !== null && major < 22)("with the machine's own old Node, `npm run serve` stops at once with that message (no segfault)", () => {
    const run = spawnSync('npm', ['run', 'serve', '--', '--port', '0'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `/usr/bin:${process.env.PATH ?? ''}` },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Kasir KKMP butuh Node.js >= 22.12');
  });

  it('every entry a user runs checks the Node version first', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const name of ['preinstall', 'prestart', 'preserve', 'pretest', 'prekkmp']) expect(scripts[name]).toContain('scripts/checkNode.cjs');
  });
});

describe('npm start without the Electron binary (the binary cannot be downloaded here: a real missing binary, not a mock)', () => {
  it.runIf(!existsSync(join(root, 'node_modules', 'electron', 'path.txt')))('says what is missing and points to npm run serve', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'checkElectron.cjs')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('program Electron tidak ada');
    expect(run.stderr).toContain('the Electron binary is missing');
    expect(run.stderr).toContain('npm run serve');
  });
});

describe('the renderer is built on first start and after its sources change', () => {
  it('builds when missing, not again when current, and again after a source edit (as after git pull)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkmp-renderer-'));
    mkdirSync(join(dir, 'renderer'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(
      join(dir, 'renderer', 'vite.config.ts'),
      `export default { root: ${JSON.stringify(join(dir, 'renderer'))}, base: './', logLevel: 'silent', build: { outDir: 'dist', emptyOutDir: true } };\n`,
    );
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title><script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'renderer', 'main.js'), 'document.title = "satu";');
    writeFileSync(join(dir, 'shared', 'x.ts'), 'export const x = 1;');
    const log: string[] = [];
    expect(rendererBuildIsCurrent(dir)).toBe(false);
    expect(await ensureRendererBuilt(dir, (l) => log.push(l))).toBe(true);
    expect(existsSync(join(dir, 'renderer', 'dist', 'index.html'))).toBe(true);
    expect(log[0]).toContain('Menyiapkan tampilan');
    expect(await ensureRendererBuilt(dir, (l) => log.push(l))).toBe(false);
    writeFileSync(join(dir, 'renderer', 'main.js'), 'document.title = "dua";');
    expect(rendererBuildIsCurrent(dir)).toBe(false);
    expect(await ensureRendererBuilt(dir, (l) => log.push(l))).toBe(true);
    writeFileSync(join(dir, 'shared', 'x.ts'), 'export const x = 2;');
    expect(rendererBuildIsCurrent(dir)).toBe(false);
  });
});
