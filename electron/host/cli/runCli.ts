// Runs one kkmp command and turns a typed error into a message and a non-zero exit code.
import { isAppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorMessages';
import { parseArgs } from './args';
import { commands, type CliIo } from './commands';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(name ? `Perintah tidak dikenal / unknown command: ${name}` : 'Usage: kkmp <command> [flags]');
    for (const [n, c] of Object.entries(commands)) io.err(`  ${n.padEnd(16)} ${c.summary}\n  ${''.padEnd(16)} ${c.usage}`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest), io);
  } catch (e) {
    if (isAppError(e)) {
      io.err(`Gagal / failed: ${errorText(e.code, e.params, 'id')} (${e.code})`);
      io.err(`  ${errorText(e.code, e.params, 'en')}`);
      return 1;
    }
    io.err(`Gagal / failed: ${(e as Error).message}`);
    return 1;
  }
}
