import { AppError } from '../../../shared/errors';
import { startVirtualPrinter } from '../../../drivers/virtualPrinter/server';
import { flag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';
import { paperWidthFlag } from './printTestCommand';

export const virtualPrinterCommand: Command = {
  summary: 'run a virtual receipt printer on 127.0.0.1 (jobs as text/PNG, GET /jobs)',
  usage: 'virtual-printer [--port 9100] [--width 58|80] [--dir FOLDER] (--db is accepted and not used)',
  async run(args: ParsedArgs, io: CliIo) {
    const port = Number(flag(args, 'port') ?? '9100');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new AppError('INPUT_INVALID', { method: 'virtual-printer', path: '--port', rule: 'range', limit: '0–65535' });
    const width = paperWidthFlag(args);
    const printer = await startVirtualPrinter({ port, columns: width === 58 ? 32 : 48, dir: flag(args, 'dir') });
    io.out(`Printer virtual siap / virtual printer ready: tcp://127.0.0.1:${printer.port}`);
    io.out(`Daftar cetakan / jobs: ${printer.url}/jobs  (PNG: ${printer.url}/jobs/last/png)`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await printer.close();
    return 0;
  },
};
