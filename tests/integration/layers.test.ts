// The layer table of layers.json (the same one eslint.config.js enforces), checked on the files
// themselves so a violation fails `npm test` even if the lint configuration changes. Every source
// file must belong to a row: a new top-level folder is refused until the table says what it may use.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const NODE =
  /^(node:|(fs|path|os|crypto|net|child_process|stream|url|util|events|worker_threads|better-sqlite3|node-hid|serialport|koffi|exceljs|pdfkit|pngjs)$|@serialport\/)/;
const DOM_LIBRARIES = ['react', 'react-dom', 'dexie'];
const SKIP = new Set(['node_modules', 'dist', 'out', 'coverage', 'results']);

interface Row {
  may: string[];
  packages: 'node' | 'browser' | 'pure';
  electron?: boolean;
  why: string;
}
const table = JSON.parse(readFileSync(join(ROOT, 'layers.json'), 'utf8')) as { layers: Record<string, Row>; neverImported: string[] };

function sourceFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((e) => {
    if (SKIP.has(e) || e.startsWith('.')) return [];
    const rel = dir ? `${dir}/${e}` : e;
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mts|cts)$/.test(e) && !e.endsWith('.d.ts') ? [rel] : [];
  });
}

function rowOf(path: string): string | null {
  let best: string | null = null;
  for (const folder of Object.keys(table.layers)) {
    const inside = folder === '.' ? !path.includes('/') : path === folder || path.startsWith(`${folder}/`);
    if (inside && (!best || best === '.' || folder.length > best.length)) best = folder;
  }
  return best;
}

function imports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const specs: string[] = [];
  for (const m of src.matchAll(
    /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
  )) {
    specs.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return specs;
}

function refusal(file: string, spec: string): string | null {
  const from = rowOf(file);
  if (!from) return 'in no folder of layers.json';
  const row = table.layers[from]!;
  if (spec === 'electron' || spec.startsWith('electron/')) return row.electron ? null : 'electron outside electron/app';
  if (!spec.startsWith('.')) {
    if (row.packages !== 'node' && NODE.test(spec)) return 'Node in a layer without Node';
    if (row.packages === 'pure' && DOM_LIBRARIES.includes(spec)) return 'a DOM library in pure shared/';
    return null;
  }
  const target = rowOf(relative(ROOT, join(ROOT, file, '..', spec)));
  if (!target || target === from || row.may.includes('*')) return null;
  if (table.neverImported.includes(target)) return `nothing imports ${target}`;
  return row.may.includes(target) ? null : `${from} may not import ${target}`;
}

const files = sourceFiles();
const violations = (keep: (file: string) => boolean) =>
  files.filter(keep).flatMap((f) =>
    imports(f)
      .map((s) => ({ f, s, why: refusal(f, s) }))
      .filter((v) => v.why)
      .map((v) => `${v.f} imports ${v.s}: ${v.why}`),
  );

describe('layers (layers.json, the table eslint.config.js enforces)', () => {
  it('every source file belongs to a row of the table (a new folder needs its row)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.filter((f) => rowOf(f) === null)).toEqual([]);
  });

  it('no file imports across the table: app → services, http → desktop, renderer → Node/electron/drivers, shared → ours, ...', () => {
    expect(violations(() => true)).toEqual([]);
  });

  it('the table forbids what docs/architecture.md promises', () => {
    const may = (from: string, to: string) => table.layers[from]!.may.includes(to);
    expect(may('electron/app', 'electron/services')).toBe(false);
    expect(may('electron/host/http', 'electron/host/desktop')).toBe(false);
    // The CLI reaches the core through a host's router only (host.ts opens the file first).
    expect(['electron/services', 'electron/db'].some((t) => may('electron/host/cli', t))).toBe(false);
    expect(['electron', 'electron/services', 'electron/host', 'drivers'].some((t) => may('renderer', t))).toBe(false);
    expect(table.layers.renderer!.packages).toBe('browser');
    expect(table.layers.shared!.may).toEqual(['shared']);
    expect(table.layers.shared!.packages).toBe('pure');
    expect(table.layers.drivers!.may.some((t) => t.startsWith('electron') || t === 'renderer')).toBe(false);
    expect(table.neverImported).toEqual(['renderer', 'electron/app']);
    // The pusat shares only pure code and the certificate maker with the outlet, never its code.
    expect(table.layers.central!.may).toEqual(['central', 'shared', 'tls']);
    expect(table.layers.tls!.may).toEqual(['tls']);
    expect(
      Object.entries(table.layers)
        .filter(([, r]) => r.electron)
        .map(([f]) => f),
    ).toEqual(['electron/app']);
  });

  it('the checker sees a violation when there is one', () => {
    expect(refusal('electron/app/backups.ts', '../services/backup/backup')).toBe('electron/app may not import electron/services');
    expect(refusal('electron/host/http/server.ts', '../desktop/csp')).toBe('electron/host/http may not import electron/host/desktop');
    expect(refusal('electron/host/cli/seedCommand.ts', '../../services/demo')).toBe('electron/host/cli may not import electron/services');
    expect(refusal('renderer/pos/x.tsx', 'node:fs')).toBe('Node in a layer without Node');
    expect(refusal('shared/x.ts', '../electron/services/core')).toBe('shared may not import electron/services');
    expect(refusal('shared/x.ts', 'react')).toBe('a DOM library in pure shared/');
    expect(refusal('electron/host/router.ts', '../app/main')).toBe('nothing imports electron/app');
    expect(refusal('central/server.ts', '../electron/services/core')).toBe('central may not import electron/services');
    expect(refusal('tools/new.ts', '../shared/money')).toBe('in no folder of layers.json');
    expect(refusal('drivers/escpos/x.ts', 'electron')).toBe('electron outside electron/app');
    expect(rowOf('electron/services/lpg/quota.ts')).toBe('electron/services');
    expect(imports('electron/services/core.ts')).toContain('../db/connection');
  });
});
