// electron-builder.yml and the .deb scripts, checked without packaging (that needs Electron, NSIS
// and fpm downloads): the config against electron-builder's own schema, the security fuses, the
// native modules unpacked, and the post-install script as electron-builder will expand it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  asarUnpack: string[];
  files: string[];
  nsis: Record<string, unknown>;
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string }[] };
  deb: { afterInstall: string; afterRemove: string; depends: string[] };
  extraResources: { from: string; to: string }[];
};
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** What electron-builder's FpmTarget does to a deb script: ${letters} macros, unknown ones fail. */
function expandDebScript(file: string): string {
  const macros: Record<string, string> = { executable: 'kasir-kkmp', sanitizedProductName: 'Kasir KKMP', productFilename: 'Kasir KKMP' };
  return readFileSync(join(ROOT, file), 'utf8').replace(/\${([a-zA-Z]+)}/g, (_m, name: string) => {
    if (!(name in macros)) throw new Error(`Macro ${name} is not defined`);
    return macros[name]!;
  });
}

function bashSyntaxOk(script: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-deb-'));
  try {
    writeFileSync(join(dir, 's.sh'), script);
    execFileSync('bash', ['-n', join(dir, 's.sh')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('electron-builder.yml (packaging itself needs internet: checked here without it)', () => {
  it('is valid for electron-builder 26', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built bundles and migrations, unpacks the native N-API modules, and never rebuilds them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'migrations/*.sql', 'package.json']));
    expect(config.asar).toBe(true);
    for (const mod of ['better-sqlite3', 'node-hid', '@serialport/bindings-cpp', 'koffi']) expect(config.asarUnpack).toContain(`node_modules/${mod}/**`);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config).toMatchObject({ npmRebuild: false, nodeGypRebuild: false, buildDependenciesFromSource: false });
    expect(pkg.scripts.postinstall).toBeUndefined();
  });

  it('builds a per-machine Windows x64 NSIS installer with a desktop shortcut', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, createDesktopShortcut: 'always', deleteAppDataOnUninstall: false });
  });

  it('builds an AppImage and a .deb that brings the udev rule and device groups', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.extraResources).toContainEqual({ from: 'build/linux/70-kasir-kkmp.rules', to: 'udev/70-kasir-kkmp.rules' });
    expect(config.deb.depends).toContain('libusb-1.0-0');

    const install = expandDebScript(config.deb.afterInstall);
    bashSyntaxOk(install);
    expect(install).toContain("install -D -m 0644 '/opt/Kasir KKMP/resources/udev/70-kasir-kkmp.rules' /usr/lib/udev/rules.d/70-kasir-kkmp.rules");
    expect(install).toContain('udevadm control --reload-rules');
    expect(install).toMatch(/for group in lp dialout plugdev; do[\s\S]*usermod -a -G "\$group" "\$KKMP_USER"/);
    // electron-builder's own steps are kept (chrome-sandbox mode, /usr/bin link)
    expect(install).toContain("chmod 4755 '/opt/Kasir KKMP/chrome-sandbox'");
    expect(install).toContain("'/usr/bin/kasir-kkmp'");

    const remove = expandDebScript(config.deb.afterRemove);
    bashSyntaxOk(remove);
    expect(remove).toContain('rm -f /usr/lib/udev/rules.d/70-kasir-kkmp.rules');
  });

  it('the udev rule (below 73, so uaccess applies) covers hidraw, tty and usbmisc', () => {
    const rules = readFileSync(join(ROOT, 'build/linux/70-kasir-kkmp.rules'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    for (const subsystem of ['hidraw', 'tty', 'usbmisc']) {
      expect(rules.some((r) => r.includes(`SUBSYSTEM=="${subsystem}"`) && r.includes('TAG+="uaccess"'))).toBe(true);
    }
  });

  it('has the app icon electron-builder picks up (build/icon.png, 512×512: Windows .ico and Linux sizes are made from it)', () => {
    const { PNG } = require('pngjs') as typeof import('pngjs');
    const icon = PNG.sync.read(readFileSync(join(ROOT, 'build/icon.png')));
    expect([icon.width, icon.height]).toEqual([512, 512]);
  });

  it('pins the Electron version and starts from the built main bundle', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.main).toBe('out/main/main.js');
    expect(pkg.scripts.start).toBe('electron-vite preview');
    expect(pkg.scripts.build).toBe('electron-vite build');
  });
});
