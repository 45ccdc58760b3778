// `kkmp export lpg-logbook --db F --from D --to D --format csv|xlsx --out FILE [--full-nik --manager USER --pin PIN]`
// NIKs are masked (****1234) unless a manager gives their PIN for the full ones, which is audited.
import { writeFileSync } from 'node:fs';
import type { MethodInput } from '../../../shared/api';
import { asPerson, callApi, callerOf, type CliCaller } from './callRouter';
import { boolFlag, choiceFlag, dateRangeFlags, requiredFlag, type ParsedArgs } from './args';
import type { CliIo } from './commands';
import { openHostWithoutPersonalData } from './cliHost';

export const LPG_LOGBOOK_USAGE =
  'export lpg-logbook --db FILE --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx --out FILE [--full-nik --manager USER --pin PIN]';
const FORMATS: MethodInput<'lpg.logbook.export'>['format'][] = ['csv', 'xlsx'];

export async function exportLpgLogbook(args: ParsedArgs, io: CliIo): Promise<number> {
  const dbFile = requiredFlag(args, 'db');
  const { from, to } = dateRangeFlags(args);
  const format = choiceFlag(args, 'format', FORMATS);
  const out = requiredFlag(args, 'out');
  const fullNik = boolFlag(args, 'full-nik');
  // Masked exports need no key; full NIKs need the key file (KEY_FILE_MISSING otherwise).
  const host = openHostWithoutPersonalData(args, dbFile);
  try {
    const exportAs = async (caller: CliCaller) => {
      const r = await callApi(host, caller, 'lpg.logbook.export', { from, to, format, fullNik });
      writeFileSync(out, Buffer.from(r.contentBase64, 'base64'), { mode: 0o600 });
      io.out(`Logbook LPG diekspor / exported: ${out} (${r.rows} baris${fullNik ? ', NIK lengkap' : ''})`);
    };
    // Full NIKs are the manager's own act: their session, their audit row.
    if (fullNik) await asPerson(host, requiredFlag(args, 'manager'), requiredFlag(args, 'pin'), exportAs);
    else await exportAs(callerOf(args));
    return 0;
  } finally {
    host.close();
  }
}
