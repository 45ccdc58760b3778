// `kkmp verify`: one database file checked as it is, read-only, with the keyed journal checked
// when its key file is there and against an outside record (the Z report's anchor line, or a
// backup manifest) when one is given.
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { parseAnchorText, readAnchorFile, type JournalAnchor } from '../journal/anchor';
import { journalKey } from '../journal/journal';
import { defaultKeyFile, fileKeyProvider } from '../privacy/keyFile';
import { verifyFile } from './backup';

/** The Z report's line as typed, else a manifest file; neither is told in words, not as ENOENT. */
function anchorFrom(text: string): JournalAnchor {
  const typed = parseAnchorText(text);
  if (typed) return typed;
  if (!existsSync(text)) throw new AppError('ANCHOR_INVALID', { text });
  return readAnchorFile(text);
}

export function checkFile(path: string, options: { keyFile?: string; anchor?: string }) {
  const keyFile = options.keyFile ?? defaultKeyFile(path);
  const key = existsSync(keyFile) ? journalKey(fileKeyProvider(keyFile, { create: false })) : null;
  const anchors = options.anchor === undefined ? [] : [anchorFrom(options.anchor)];
  const problems = verifyFile(path, { journalKey: key, anchors });
  return { problems: problems.map(({ check, detail }) => ({ check, detail })), keyFile, journalChecked: key !== null };
}
