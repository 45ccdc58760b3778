// The whole surface the renderer gets: window.kkmp = { call, onEvent, platform }. No ipcRenderer,
// no Node, no generic send: a compromised page can only make the same API calls the cashier's
// screen makes, and the main process still checks the frame and the session for each one.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_CALL_CHANNEL, BRIDGE_EVENT_CHANNEL, type BridgeResult, type KkmpBridge } from '../../shared/bridge';
import type { HostEvent } from '../../shared/events';

const bridge: KkmpBridge = {
  call: (method: string, input: unknown): Promise<BridgeResult> => ipcRenderer.invoke(BRIDGE_CALL_CHANNEL, String(method), input ?? {}),
  onEvent(listener: (event: HostEvent) => void) {
    const forward = (_e: IpcRendererEvent, event: HostEvent) => listener(event);
    ipcRenderer.on(BRIDGE_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(BRIDGE_EVENT_CHANNEL, forward);
    };
  },
  platform: { desktop: true, os: process.platform, arch: process.arch, electron: process.versions.electron ?? '' },
};

contextBridge.exposeInMainWorld('kkmp', bridge);
