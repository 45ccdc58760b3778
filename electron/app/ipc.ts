// IPC: one invoke channel into the router (through the sender check of ipcBridge), one event
// channel out. Electron's event is reduced to the three facts the policy needs.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CALL_CHANNEL, BRIDGE_EVENT_CHANNEL } from '../../shared/bridge';
import { createIpcBridge, type IpcBridge } from '../host/desktop/ipcBridge';
import { isTrustedSender, type SenderInfo } from '../host/desktop/senderPolicy';
import type { Host } from '../host/host';

export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
}

export function wireIpc(host: Host, mainWindow: () => BrowserWindow | null, devServerUrl: string | null): IpcBridge {
  const policy = { mainWebContentsId: () => mainWindow()?.webContents.id ?? null, devServerUrl };
  const bridge = createIpcBridge(host, policy);
  ipcMain.handle(BRIDGE_CALL_CHANNEL, (event, method: unknown, input: unknown) => bridge.call(senderOf(event), method, input));
  // Events go to the main window only, only while it shows the app, and only those its session's
  // role and till may see (the gate the HTTP event stream uses).
  host.events.subscribe((event) => {
    const win = mainWindow();
    if (!win || win.isDestroyed()) return;
    const id = win.webContents.id;
    if (!isTrustedSender({ webContentsId: id, frameUrl: win.webContents.mainFrame.url, isMainFrame: true }, policy)) return;
    if (bridge.mayDeliver(id, event)) win.webContents.send(BRIDGE_EVENT_CHANNEL, event);
  });
  return bridge;
}
