import { AppError } from '../../../shared/errors';
import { localDateTime } from '../../../shared/time';
import { buildTestPage } from '../../../shared/receipt/testPage';
import type { PaperWidth } from '../../../shared/receipt/document';
import { encodeDocument } from '../../../drivers/escpos/encode';
import { DEFAULT_MODEL } from '../../../drivers/escpos/profile';
import { openTransport } from '../../../drivers/transports/uri';
import { flag, requiredFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands';

export function paperWidthFlag(args: ParsedArgs): PaperWidth {
  const w = flag(args, 'width') ?? '58';
  if (w !== '58' && w !== '80') throw new AppError('PRINTER_WIDTH_INVALID', { width: w });
  return Number(w) as PaperWidth;
}

export const printTestCommand: Command = {
  summary: 'print the test page (column ruler, barcode, QR) on a printer',
  usage: 'print-test --printer tcp://HOST:PORT|file:/dev/usb/lp0|serial:/dev/ttyUSB0?baud=9600|windows:NAME --width 58|80 [--model pos-5890] (--db not used)',
  async run(args: ParsedArgs, io: CliIo) {
    const uri = requiredFlag(args, 'printer');
    const width = paperWidthFlag(args);
    const transport = openTransport(uri);
    const doc = buildTestPage({ width, printer: uri, at: localDateTime(new Date(), 'Asia/Makassar') });
    const bytes = encodeDocument(doc, { model: flag(args, 'model') ?? DEFAULT_MODEL[width], width, codepage: 'auto' });
    const status = await transport.status().catch(() => null);
    if (status) io.out(`Status: ${status.online ? 'online' : 'OFFLINE'}${status.paperOut ? ', kertas habis / paper out' : ''}`);
    const { bytesWritten } = await transport.send(bytes);
    io.out(`Halaman uji terkirim / test page sent: ${bytesWritten} byte ke ${transport.uri}`);
    return 0;
  },
};
