// Opens the host for a CLI command. Commands that never read personal data (exports of the
// ledger, catalog import) still run when the NIK key file is absent; reading a NIK would fail.
import { openHost, type Host } from '../host';
import { flag, type ParsedArgs } from './args';

export function openHostWithoutPersonalData(args: ParsedArgs, dbFile: string): Host {
  return openHost({ dbFile, keyFile: flag(args, 'key-file'), keysOptional: true });
}
