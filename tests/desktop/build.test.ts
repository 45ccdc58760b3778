// `npm run build` builds the three bundles here, without the Electron binary (electron-vite only
// needs the electron package's version and types).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'out');
const FEED = 'https://updates.example.org/kasir-kkmp/';

describe('npm run build (electron-vite, Electron binary absent)', () => {
  beforeAll(() => {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', KKMP_UPDATE_URL: FEED },
    });
  }, 180_000);

  it('writes main, preload and renderer where package.json and main.ts expect them', () => {
    for (const file of ['main/main.js', 'preload/preload.cjs', 'renderer/index.html']) expect(existsSync(join(OUT, file)), file).toBe(true);
  });

  it('keeps Electron and the native modules out of the main bundle', () => {
    const main = readFileSync(join(OUT, 'main/main.js'), 'utf8');
    expect(main).toMatch(/^import .* from "electron";$/m);
    expect(main).toMatch(/^import Database from "better-sqlite3";$/m);
    expect(main).not.toMatch(/class Database|bindings\(/);
    // the migrations are found beside the package.json above out/ (and shipped as migrations/*.sql in the installer)
    expect(main).toContain('join(projectRoot(), "migrations")');
    expect(main).toContain('var NAME = "kasir-kkmp"');
    expect(existsSync(join(OUT, '..', 'migrations'))).toBe(true);
  });

  it('builds a sandbox-compatible preload: CommonJS, requiring nothing but electron', () => {
    const preload = readFileSync(join(OUT, 'preload/preload.cjs'), 'utf8');
    expect(preload).not.toMatch(/^\s*(import|export) /m);
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("kkmp"');
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|sendTo)\b|exposeInMainWorld\("ipcRenderer"/);
  });

  it('builds a renderer that loads under the strict CSP: relative assets, no inline script', () => {
    const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\.\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('bakes devTools off into the production main bundle, whatever app.isPackaged says (the bundle is read, not run: no Electron binary here)', () => {
    const main = readFileSync(join(OUT, 'main/main.js'), 'utf8');
    expect(main).toMatch(/devToolsAllowed\(\{\s*devBuild: false,\s*packaged: app\.isPackaged\s*\}\)/);
    expect(main).not.toContain('__KKMP_DEV_BUILD__');
    expect(main).toMatch(/devTools: options\.devTools/); // the window takes that value, nothing else
  });

  it('bakes the https update feed into the bundle and sets it on the updater', () => {
    const main = readFileSync(join(OUT, 'main/main.js'), 'utf8');
    expect(main).toContain(`var BUILT_UPDATE_URL = "${FEED}";`);
    expect(main).toMatch(/setFeedURL\(\{\s*provider: "generic",\s*url: feed/);
  });

  it('refuses to build with a plain-http update URL', () => {
    let failure = '';
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build', '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', KKMP_UPDATE_URL: 'http://updates.example.org/kasir-kkmp/' },
      });
    } catch (e) {
      failure = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(failure).toContain('KKMP_UPDATE_URL must be an https:// URL');
  }, 120_000);
});
