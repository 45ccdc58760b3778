// Flags for the kkmp CLI: --name value, --flag (boolean). No prompts when flags are given.
import { AppError } from '../../../shared/errors';
import { DATE_RE } from '../../../shared/time';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags.set(a.slice(2), argv[++i]!);
      else flags.set(a.slice(2), true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new AppError('CLI_FLAG_NEEDS_VALUE', { flag: `--${name}` });
  return v;
}

export function requiredFlag(args: ParsedArgs, name: string): string {
  const v = flag(args, name);
  if (v === undefined) throw new AppError('CLI_FLAG_REQUIRED', { flag: `--${name}` });
  return v;
}

export function boolFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true || args.flags.get(name) === 'true';
}

/** --from and --to as calendar dates (YYYY-MM-DD); a malformed one names its flag. */
export function dateRangeFlags(args: ParsedArgs): { from: string; to: string } {
  const range = { from: requiredFlag(args, 'from'), to: requiredFlag(args, 'to') };
  for (const [name, d] of Object.entries(range)) if (!DATE_RE.test(d)) throw new AppError('CLI_FLAG_DATE', { flag: `--${name}`, value: d });
  return range;
}

/** A required flag that must be one of `choices`. */
export function choiceFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T {
  const value = requiredFlag(args, name);
  if (!(choices as readonly string[]).includes(value)) throw new AppError('CLI_FLAG_CHOICE', { flag: `--${name}`, choices: choices.join('|') });
  return value as T;
}
