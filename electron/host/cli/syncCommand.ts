import { errorText } from '../../../shared/i18n/errorMessages';
import { defaultDbFile } from '../dataDir';
import { flag, type ParsedArgs } from './args';
import { openHostWithoutPersonalData } from './cliHost';
import type { CliIo, Command } from './commands';
import { callApi, callerOf } from './callRouter';

export const syncCommand: Command = {
  summary: 'push the outbox to the pusat in signed batches (resumes where it stopped) and pull the regional values; --enrol CODE the first time',
  usage: 'sync --db FILE --central URL [--enrol CODE [--fingerprint SHA256]] [--sync-key FILE]',
  async run(args: ParsedArgs, io: CliIo) {
    const dbFile = flag(args, 'db') ?? defaultDbFile();
    const host = openHostWithoutPersonalData(args, dbFile);
    try {
      const r = await callApi(host, callerOf(args), 'sync.runWithKey', {
        syncKeyFile: flag(args, 'sync-key'),
        centralUrl: flag(args, 'central'),
        enrolCode: flag(args, 'enrol'),
        fingerprint: flag(args, 'fingerprint'),
      });
      if (r.enrolled) io.out(`Terdaftar di pusat / enrolled: outlet ${r.outletId}`);
      io.out(
        `Terkirim / sent: ${r.push.sent} (${r.push.batches} batch), diakui s.d. / acknowledged up to seq ${r.push.ackedSeq}, tertunda / pending ${r.push.pending}`,
      );
      if (r.pull)
        io.out(
          `Nilai wilayah diterapkan / regional values applied: ${r.pull.applied}${r.pull.unknownGtins.length ? `, GTIN tidak dikenal / unknown: ${r.pull.unknownGtins.join(', ')}` : ''}`,
        );
      if (r.push.error) {
        io.err(errorText(r.push.error.code, r.push.error.params as never, 'id'));
        return 1;
      }
      return 0;
    } finally {
      host.close();
    }
  },
};
