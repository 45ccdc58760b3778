// Windows: a USB receipt printer belongs to the print spooler, so the job goes in as a RAW
// document through winspool.drv (koffi FFI): OpenPrinter, StartDocPrinter(DOC_INFO_1 "RAW"),
// StartPagePrinter, WritePrinter, End..., ClosePrinter. Compiled and type-checked on Linux;
// it only runs on Windows and has not been run by us (see docs/printers-and-scanners.md).
import koffi from 'koffi';
import { AppError } from '../../shared/errors';
import { TransportError, type SendResult, type Transport } from './transport';

interface Winspool {
  OpenPrinterW(name: string, handle: unknown[], defaults: null): boolean;
  StartDocPrinterW(handle: unknown, level: number, info: { pDocName: string; pOutputFile: string | null; pDatatype: string }): number;
  StartPagePrinter(handle: unknown): boolean;
  WritePrinter(handle: unknown, data: Buffer, size: number, written: number[]): boolean;
  EndPagePrinter(handle: unknown): boolean;
  EndDocPrinter(handle: unknown): boolean;
  ClosePrinter(handle: unknown): boolean;
}

let api: Winspool | null = null;

function winspool(): Winspool {
  if (process.platform !== 'win32') throw new AppError('PRINTER_TRANSPORT_UNAVAILABLE', { transport: 'windows' });
  if (api) return api;
  const lib = koffi.load('winspool.drv');
  koffi.struct('DOC_INFO_1W', { pDocName: 'str16', pOutputFile: 'str16', pDatatype: 'str16' });
  api = {
    OpenPrinterW: lib.func('bool __stdcall OpenPrinterW(str16 name, _Out_ void **handle, void *defaults)'),
    StartDocPrinterW: lib.func('uint32_t __stdcall StartDocPrinterW(void *handle, uint32_t level, DOC_INFO_1W *info)'),
    StartPagePrinter: lib.func('bool __stdcall StartPagePrinter(void *handle)'),
    WritePrinter: lib.func('bool __stdcall WritePrinter(void *handle, const void *data, uint32_t size, _Out_ uint32_t *written)'),
    EndPagePrinter: lib.func('bool __stdcall EndPagePrinter(void *handle)'),
    EndDocPrinter: lib.func('bool __stdcall EndDocPrinter(void *handle)'),
    ClosePrinter: lib.func('bool __stdcall ClosePrinter(void *handle)'),
  };
  return api;
}

export function winspoolTransport(printerName: string): Transport {
  const uri = `windows:${printerName}`;
  return {
    uri,
    async send(bytes: Uint8Array): Promise<SendResult> {
      const w = winspool();
      const handle: unknown[] = [null];
      if (!w.OpenPrinterW(printerName, handle, null)) throw new TransportError('PRINTER_UNREACHABLE', 0, { printer: uri, reason: 'OpenPrinter' });
      const h = handle[0];
      try {
        if (w.StartDocPrinterW(h, 1, { pDocName: 'Kasir KKMP', pOutputFile: null, pDatatype: 'RAW' }) === 0)
          throw new TransportError('PRINTER_WRITE_FAILED', 0, { printer: uri, reason: 'StartDocPrinter' });
        w.StartPagePrinter(h);
        const out = [0];
        const ok = w.WritePrinter(h, Buffer.from(bytes), bytes.length, out);
        const written = out[0] ?? 0;
        w.EndPagePrinter(h);
        w.EndDocPrinter(h);
        if (!ok || written < bytes.length)
          throw new TransportError('PRINTER_WRITE_FAILED', written, { printer: uri, size: bytes.length, reason: 'WritePrinter' });
        return { bytesWritten: written };
      } finally {
        w.ClosePrinter(h);
      }
    },
    // The spooler hides the printer's status channel from RAW jobs.
    status: async () => null,
  };
}
