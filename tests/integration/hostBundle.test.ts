// `npm run serve` and `npm run kkmp` run a bundle of the host made by scripts/runHost.mjs, rebuilt
// whenever its sources change (after a `git pull`), so a start never runs yesterday's code.
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceKey } from '../../scripts/runHost.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'kkmp-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the host bundle', () => {
  it('gets a new key when a source changes, and keeps it when nothing did', () => {
    mkdirSync(join(scratch, 'electron'), { recursive: true });
    const file = join(scratch, 'electron', 'x.ts');
    writeFileSync(file, 'export const a = 1;\n');
    const before = sourceKey(scratch) as string;
    expect(sourceKey(scratch)).toBe(before);
    writeFileSync(file, 'export const a = 2;\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(sourceKey(scratch)).not.toBe(before);
  });

  it('`npm run kkmp` runs from the bundle of the current sources: init then verify on a real file', () => {
    const db = join(scratch, 'outlet.sqlite');
    const init = spawnSync('npm', ['run', '-s', 'kkmp', '--', 'init', '--db', db, '--admin-pin', '246810'], { cwd: ROOT, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    expect(existsSync(join(ROOT, 'out', 'host', sourceKey(ROOT) as string, 'kkmp.mjs'))).toBe(true);
    const verify = spawnSync('npm', ['run', '-s', 'kkmp', '--', 'verify', '--db', db], { cwd: ROOT, encoding: 'utf8' });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
  });
});
