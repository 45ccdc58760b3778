// Where a kkmp command gets the key passphrase: a file (--passphrase-file, first line), the
// KKMP_KEY_PASSPHRASE variable (scripts, the recovery drill), or typed at the terminal without
// echo. Never a command-line flag: those land in the shell history and in `ps`.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { flag, type ParsedArgs } from './args';

async function typed(question: string): Promise<string> {
  process.stderr.write(question);
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

export async function readPassphrase(args: ParsedArgs, options: { confirm: boolean }): Promise<string> {
  const file = flag(args, 'passphrase-file');
  if (file !== undefined) return readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
  const env = process.env.KKMP_KEY_PASSPHRASE;
  if (env !== undefined && env !== '') return env;
  if (!process.stdin.isTTY) throw new AppError('CLI_FLAG_REQUIRED', { flag: '--passphrase-file (atau/or KKMP_KEY_PASSPHRASE)' });
  const first = await typed('Kata sandi kunci / key passphrase: ');
  if (options.confirm && (await typed('Ulangi / repeat: ')) !== first) throw new AppError('CLI_PASSPHRASES_DIFFER', {});
  return first;
}
