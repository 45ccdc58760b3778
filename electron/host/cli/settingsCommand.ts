// kkmp settings list | show KEY | set KEY VALUE --from YYYY-MM-DD: the rules editor through the
// router as a system caller (--as, default cli), with the same checks and audit as the screen.
import { AppError } from '../../../shared/errors';
import type { SettingRow } from '../../../shared/api/settings';
import { openHost } from '../host';
import { boolFlag, flag, requiredFlag, type ParsedArgs } from './args';
import { callApi, callerOf } from './callRouter';
import type { CliIo, Command } from './commands';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value as typed: JSON when it reads as JSON (numbers, true, null, {...}), otherwise the text itself. */
function valueOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sourceText(r: SettingRow): string {
  const who = r.source.kind === 'regulation' ? `regulasi: ${r.source.ref}` : r.source.kind === 'adart' ? 'AD/ART koperasi' : 'pilihan gerai';
  return `${r.editable ? 'dapat diubah' : 'hanya baca'} · ${who}`;
}

function line(r: SettingRow): string {
  const since = r.currentFrom ? ` (sejak ${r.currentFrom})` : '';
  const next = r.next ? `, mulai ${r.next.validFrom}: ${JSON.stringify(r.next.value)}` : '';
  return `${r.key} = ${JSON.stringify(r.current)}${since}${next}  [${sourceText(r)}]`;
}

export const settingsCommand: Command = {
  summary: 'the rules the koperasi owns: list, show (with history) and set from a date (audited)',
  usage: 'settings list --db F [--editable] | settings show KEY --db F | settings set KEY VALUE [--from YYYY-MM-DD] --db F',
  async run(args: ParsedArgs, io: CliIo) {
    const [sub, key, value] = args.positional;
    if (sub !== 'list' && sub !== 'show' && sub !== 'set') throw new AppError('CLI_FLAG_CHOICE', { flag: 'settings', choices: 'list|show|set' });
    const host = openHost({ dbFile: requiredFlag(args, 'db') });
    try {
      const caller = callerOf(args);
      if (sub === 'list') {
        for (const r of await callApi(host, caller, 'settings.list', { editableOnly: boolFlag(args, 'editable') })) io.out(line(r));
        return 0;
      }
      if (!key) throw new AppError('CLI_FLAG_REQUIRED', { flag: 'KEY' });
      if (sub === 'set') {
        if (value === undefined) throw new AppError('CLI_FLAG_REQUIRED', { flag: 'VALUE' });
        // Without --from the change applies from today (the only choice for a setting that is not effective-dated).
        const from = flag(args, 'from');
        if (from !== undefined && !DAY.test(from)) throw new AppError('CLI_FLAG_DATE', { flag: '--from', value: from });
        const r = await callApi(host, caller, 'settings.set', { key, value: valueOf(value) as never, validFrom: from });
        io.out(`Tersimpan / saved: ${key} = ${JSON.stringify(valueOf(value))} mulai ${from ?? 'hari ini / today'}`);
        io.out(line(r));
        return 0;
      }
      const r = await callApi(host, caller, 'settings.show', { key });
      io.out(line(r));
      io.out(`  ${r.description.id}`);
      io.out(`  ${r.description.en}`);
      io.out(`  bawaan / default: ${JSON.stringify(r.default)}`);
      for (const h of r.history) io.out(`  ${h.validFrom}  ${JSON.stringify(h.value)}  (${h.setBy ?? 'sistem'}, ${h.setAt})`);
      return 0;
    } finally {
      host.close();
    }
  },
};
