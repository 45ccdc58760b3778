import { existsSync } from 'node:fs';
import { defaultDbFile } from '../dataDir';
import { verifyFile } from '../../services/backup/backup';
import { defaultKeyFile, fileKeyProvider } from '../../services/privacy/keyFile';
import { journalKey } from '../../services/journal/journal';
import { parseAnchorText, readAnchorFile, type JournalAnchor } from '../../services/journal/anchor';
import { flag, type ParsedArgs } from './args';
import { AppError } from '../../../shared/errors';
import type { CliIo, Command } from './commands';

/** The Z report's line as typed, else a manifest file; neither is told in words, not as ENOENT. */
function anchorFrom(text: string): JournalAnchor {
  const typed = parseAnchorText(text);
  if (typed) return typed;
  if (!existsSync(text)) throw new AppError('ANCHOR_INVALID', { text });
  return readAnchorFile(text);
}

export const verifyCommand: Command = {
  summary:
    'check migrations, integrity, stock balances, sale totals, receipt numbers, moves against their documents, the audit chain and the keyed journal (against an outside record with --anchor)',
  usage: 'verify --db FILE [--key KEYFILE] [--anchor MANIFEST.json | "SEQ:MAC OUTLET/DATE/COUNT" from the Z report]',
  run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const keyFile = flag(args, 'key') ?? defaultKeyFile(dbFile);
    const key = existsSync(keyFile) ? journalKey(fileKeyProvider(keyFile, { create: false })) : null;
    const anchorArg = flag(args, 'anchor');
    const anchors: JournalAnchor[] = anchorArg === undefined ? [] : [anchorFrom(anchorArg)];
    const problems = verifyFile(dbFile, { journalKey: key, anchors });
    if (!key) io.err(`Kunci tidak ada: HMAC jurnal tidak diperiksa / no key file (${keyFile}): journal HMACs not checked`);
    if (problems.length === 0) {
      io.out(`OK: ${dbFile}`);
      return 0;
    }
    io.err(`${problems.length} masalah / problems in ${dbFile}:`);
    for (const p of problems) io.err(`- [${p.check}] ${p.detail}`);
    return 1;
  },
};
