// Runs a kkmp command in-process and captures what it prints.
import { runCli } from '../../electron/host/cli/runCli';

export async function kkmp(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
