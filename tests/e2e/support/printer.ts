// A virtual receipt printer (TCP on 127.0.0.1) set as the outlet's printer, so a test can read
// the bytes of every struk the cashier screen prints, decoded back into lines.
import { startVirtualPrinter, type VirtualPrinter } from '../../../drivers/virtualPrinter/server';
import { apiAs } from './api';

export async function attachVirtualPrinter(url: string, admin: { username: string; pin: string }): Promise<VirtualPrinter> {
  const printer = await startVirtualPrinter({ port: 0, columns: 32 });
  const api = await apiAs(url, admin.username, admin.pin);
  const config = await api<{ models: { id: string }[] }>('printer.config.get');
  const model = config.models.find((m) => /pos-5890/i.test(m.id))?.id ?? config.models[0]!.id;
  await api('printer.config.set', { uri: `tcp://127.0.0.1:${printer.port}`, width: 58, model });
  return printer;
}
