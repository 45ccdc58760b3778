// Child processes of a bench run (serve, browsers' servers): each is started in its own process
// group and remembered, so a figure that fails or overruns its bound cannot leave one running;
// run.ts kills whatever is left before it exits.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';

const running = new Set<ChildProcess>();

export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Resolves with the first stdout match of `pattern`; rejects when the child exits or the bound passes. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, boundMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no "${pattern.source}" within ${boundMs / 1000} s:\n${output.slice(-2000)}`)), boundMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = pattern.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] ?? m[0]);
      }
    });
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before "${pattern.source}":\n${output.slice(-2000)}`));
    });
  });
}

/** SIGTERM to the child's whole group (npm → sh → tsx → node), SIGKILL after 5 s. */
export function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((done) => {
    const kill = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

export function killAllChildren(): void {
  for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
  running.clear();
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Why the browser figures cannot run here, or null when Chromium is installed. */
export function chromiumMissing(): string | null {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? null : `no Chromium at ${path} (set CHROMIUM_PATH)`;
}
