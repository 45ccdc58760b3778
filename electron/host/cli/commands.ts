// The kkmp commands. Each feature adds its command module and one line in `commands`.
import type { ParsedArgs } from './args';
import { backupCommand } from './backupCommand';
import { initCommand } from './initCommand';
import { exportCommand } from './exportCommand';
import { restoreCommand } from './restoreCommand';
import { seedCommand } from './seedCommand';
import { verifyCommand } from './verifyCommand';
import { importCommand } from './importCommand';
import { shuCommand } from './shuCommand';
import { booksCommand } from './booksCommand';
import { membersImportCommand } from './membersImportCommand';
import { printTestCommand } from './printTestCommand';
import { virtualPrinterCommand } from './virtualPrinterCommand';
import { withSalesImport } from './importSalesCommand';
import { syncCommand } from './syncCommand';
import { keyCommand } from './keyCommand';
import { settingsCommand } from './settingsCommand';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number> | number;
}

export const commands: Record<string, Command> = {
  init: initCommand,
  export: exportCommand,
  verify: verifyCommand,
  backup: backupCommand,
  restore: restoreCommand,
  import: withSalesImport(importCommand),
  shu: shuCommand,
  books: booksCommand,
  'members-import': membersImportCommand,
  'virtual-printer': virtualPrinterCommand,
  'print-test': printTestCommand,
  seed: seedCommand,
  sync: syncCommand,
  key: keyCommand,
  settings: settingsCommand,
};
