import { defaultDbFile } from '../dataDir';
import { openFileToolsHost } from '../host';
import { callApi, callerOf } from './callRouter';
import { flag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export const verifyCommand: Command = {
  summary:
    'check migrations, integrity, stock balances, sale totals, receipt numbers, moves against their documents, the audit chain and the keyed journal (against an outside record with --anchor)',
  usage: 'verify --db FILE [--key KEYFILE] [--anchor MANIFEST.json | "SEQ:MAC OUTLET/DATE/COUNT" from the Z report]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    // The file is checked as it is: a host of its own would migrate it first.
    const host = openFileToolsHost();
    try {
      const r = await callApi(host, callerOf(args), 'backups.verifyFile', { path: dbFile, keyFile: flag(args, 'key'), anchor: flag(args, 'anchor') });
      if (!r.journalChecked) io.err(`Kunci tidak ada: HMAC jurnal tidak diperiksa / no key file (${r.keyFile}): journal HMACs not checked`);
      if (r.problems.length === 0) {
        io.out(`OK: ${dbFile}`);
        return 0;
      }
      io.err(`${r.problems.length} masalah / problems in ${dbFile}:`);
      for (const p of r.problems) io.err(`- [${p.check}] ${p.detail}`);
      return 1;
    } finally {
      host.close();
    }
  },
};
