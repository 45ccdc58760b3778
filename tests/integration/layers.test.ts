// The layer rules of docs/architecture.md, checked on the files themselves so a violation fails `npm test`
// even if the lint configuration changes: only electron/app imports electron, shared/ is pure,
// the renderer never reaches Node, services and db never reach the host.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const NODE = /^(node:|fs$|path$|os$|crypto$|net$|child_process$|stream$|url$|util$|events$|worker_threads$|better-sqlite3$|node-hid$|serialport$|@serialport\/|koffi$|exceljs$|pdfkit$|pngjs$)/;

function files(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(join(ROOT, dir));
  } catch {
    return [];
  }
  for (const e of entries) {
    if (e === 'node_modules' || e === 'dist' || e.startsWith('.')) continue;
    const rel = join(dir, e);
    if (statSync(join(ROOT, rel)).isDirectory()) out = out.concat(files(rel));
    else if (/\.(ts|tsx|mts|cts)$/.test(e)) out.push(rel);
  }
  return out;
}

function imports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const specs: string[] = [];
  for (const m of src.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    specs.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return specs;
}

function resolvesInto(file: string, spec: string, dir: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = relative(ROOT, join(ROOT, file, '..', spec));
  return target === dir || target.startsWith(`${dir}/`);
}

function violations(dirs: string[], bad: (file: string, spec: string) => boolean): string[] {
  return dirs.flatMap((d) => files(d)).flatMap((f) => imports(f).filter((s) => bad(f, s)).map((s) => `${f} imports ${s}`));
}

describe('layers (docs/architecture.md)', () => {
  it('only electron/app imports electron', () => {
    const all = ['shared', 'renderer', 'drivers', 'electron/host', 'electron/services', 'electron/db', 'bench', 'tests'];
    expect(violations(all, (_f, s) => s === 'electron' || s.startsWith('electron/'))).toEqual([]);
  });

  it('shared/ is pure: no Node, no DOM libraries, nothing of ours outside shared/', () => {
    expect(violations(['shared'], (f, s) => NODE.test(s) || ['react', 'react-dom', 'dexie'].includes(s) || resolvesInto(f, s, 'electron') || resolvesInto(f, s, 'renderer') || resolvesInto(f, s, 'drivers'))).toEqual([]);
  });

  it('the renderer talks only to the API client and shared/: never Node, electron/ or drivers/', () => {
    expect(violations(['renderer'], (f, s) => NODE.test(s) || resolvesInto(f, s, 'electron') || resolvesInto(f, s, 'drivers'))).toEqual([]);
  });

  it('services and db sit below the host; drivers depend on shared only; nothing imports electron/app', () => {
    expect(violations(['electron/services', 'electron/db'], (f, s) => resolvesInto(f, s, 'electron/host') || resolvesInto(f, s, 'electron/app') || resolvesInto(f, s, 'renderer'))).toEqual([]);
    expect(violations(['drivers'], (f, s) => resolvesInto(f, s, 'electron') || resolvesInto(f, s, 'renderer'))).toEqual([]);
    expect(violations(['electron/host', 'electron/services', 'electron/db', 'drivers', 'shared', 'renderer'], (f, s) => resolvesInto(f, s, 'electron/app'))).toEqual([]);
  });

  it('the checker sees a violation when there is one', () => {
    expect(imports('electron/services/core.ts')).toContain('../db/connection');
    expect(resolvesInto('shared/x.ts', '../electron/services/core', 'electron')).toBe(true);
    expect(NODE.test('node:fs')).toBe(true);
  });
});
