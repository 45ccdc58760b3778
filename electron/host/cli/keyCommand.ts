// `kkmp key export`: the outlet's NIK keys wrapped with a passphrase into a file of their own,
// owner-only. The file goes somewhere else than the backups (another stick, the pengurus' safe);
// `kkmp restore --wrapped-key` takes it back with the passphrase.
import { writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { defaultDbFile } from '../dataDir';
import { flag, requiredFlag, type ParsedArgs } from './args';
import { callApi, callerOf } from './callRouter';
import { openHostWithoutPersonalData } from './cliHost';
import type { CliIo, Command } from './commands';
import { readPassphrase } from './passphrase';

export const keyCommand: Command = {
  summary: 'export the NIK keys wrapped with a passphrase (scrypt + AES-256-GCM), to keep apart from the backups',
  usage: 'key export --db FILE --out KEYFILE [--passphrase-file F]  (or KKMP_KEY_PASSPHRASE, or typed)',
  async run(args: ParsedArgs, io: CliIo) {
    const what = args.positional[0] ?? '';
    if (what !== 'export') throw new AppError('KEY_SUBCOMMAND_UNKNOWN', { what });
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const out = requiredFlag(args, 'out');
    const passphrase = await readPassphrase(args, { confirm: true });
    const host = openHostWithoutPersonalData(args, dbFile);
    try {
      const r = await callApi(host, callerOf(args), 'keys.export', { passphrase });
      try {
        writeFileSync(out, r.wrapped, { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('FILE_EXISTS', { file: out });
        throw e;
      }
    } finally {
      host.close();
    }
    io.out(`Kunci NIK diekspor / NIK key exported: ${out}. Simpan terpisah dari cadangan; tanpa kata sandinya file ini tidak berguna.`);
    return 0;
  },
};
