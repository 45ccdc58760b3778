import { defaultDbFile } from '../dataDir';
import { openFileToolsHost } from '../host';
import { callApi, callerOf } from './callRouter';
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
    // The passphrase is asked for only when the wrapped key is given; without a key here and
    // beside the backup, restore refuses and says to bring the exported key.
    const wrappedKey = wrapped === undefined ? undefined : { file: wrapped, passphrase: await readPassphrase(args, { confirm: false }) };
    // No host may hold the file being replaced, so the router runs over no outlet's file.
    const host = openFileToolsHost();
    try {
      const r = await callApi(host, callerOf(args), 'backups.restore', { from, db: dbFile, wrappedKey });
      if (r.previous) io.out(`Database lama disimpan / previous database kept: ${r.previous}`);
      io.out(`Dipulihkan dan diperiksa / restored and verified: ${r.file} (${KEY_SOURCE[r.key]}: ${r.keyFile ?? '-'})`);
      return 0;
    } finally {
      host.close();
    }
  },
};
