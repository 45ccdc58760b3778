import { existsSync } from 'node:fs';
import { restoreDatabase } from '../../services/backup/backup';
import { defaultKeyFile } from '../../services/privacy/keyFile';
import { defaultDbFile } from '../dataDir';
import { flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';
import { readPassphrase } from './passphrase';

const KEY_SOURCE = {
  wrapped: 'kunci dari file ekspor / key from the exported file',
  'beside-backup': 'kunci dari samping cadangan lama / key found beside an older backup',
  kept: 'kunci yang sudah ada dipakai / the key already here was kept',
} as const;

export const restoreCommand: Command = {
  summary: 'verify a backup, keep the current database aside, put the backup in its place, verify again (asks for the exported key when this machine has none)',
  usage: 'restore --from BACKUP --db FILE [--wrapped-key KEYFILE [--passphrase-file F]]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const from = requiredFlag(args, 'from');
    const wrapped = flag(args, 'wrapped-key');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    // The passphrase is asked for only when the wrapped key is given; without a key here and
    // beside the backup, restore refuses and says to bring the exported key.
    const wrappedKey = wrapped === undefined ? undefined : { file: wrapped, passphrase: await readPassphrase(args, { confirm: false }) };
    const r = await restoreDatabase(from, dbFile, stamp, { wrappedKey });
    if (r.previous) io.out(`Database lama disimpan / previous database kept: ${r.previous}`);
    io.out(
      `Dipulihkan dan diperiksa / restored and verified: ${r.file} (${KEY_SOURCE[r.key]}: ${existsSync(defaultKeyFile(dbFile)) ? defaultKeyFile(dbFile) : '-'})`,
    );
    return 0;
  },
};
