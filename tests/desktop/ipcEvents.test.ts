// Host events on the desktop path: wireIpc (electron/app/ipc.ts) forwards the event bus to the
// main window through the same role/till gate as the HTTP event stream. Only the Electron binary
// is mocked (ipcMain and the window are plain objects); the host, router and sessions are real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../shared/events';
import { addUser, openTempHost, type TempHost } from '../support/tempHost';

type Invoke = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Invoke>() }));
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, h: Invoke) => ipc.handlers.set(channel, h) } }));

const { wireIpc } = await import('../../electron/app/ipc');
const { BRIDGE_CALL_CHANNEL, BRIDGE_EVENT_CHANNEL } = await import('../../shared/bridge');

const WINDOW_ID = 41;
const alert: HostEvent = { type: 'auth.alert', payload: { username: 'siti', source: '10.0.0.9', failures: 5, blockedUntil: '2026-11-20T02:05:00.000Z' } };
const sale: HostEvent = { type: 'sale.committed', payload: { saleId: 's1', receiptNo: 'GSM-0001' } };
const hostScan: HostEvent = { type: 'scan', payload: { code: '8991002101234', source: 'hid' } };
const otherTillScan: HostEvent = { type: 'scan', payload: { code: '8991002101234', source: 'hid', terminal: 'KASIR-2' } };

describe('desktop IPC events (Electron binary mocked: ipcMain and the window are plain objects)', () => {
  let h: TempHost;
  let sent: HostEvent[];
  const login = (username: string, pin: string) =>
    ipc.handlers.get(BRIDGE_CALL_CHANNEL)!({ sender: { id: WINDOW_ID }, senderFrame: { url: 'app://pos/', parent: null } }, 'auth.login', { username, pin });
  const logout = () =>
    ipc.handlers.get(BRIDGE_CALL_CHANNEL)!({ sender: { id: WINDOW_ID }, senderFrame: { url: 'app://pos/', parent: null } }, 'auth.logout', {});
  const publishAll = () => [alert, sale, hostScan, otherTillScan].forEach((e) => h.events.publish(e));

  beforeEach(() => {
    h = openTempHost();
    addUser(h, 'siti', 'kasir', '1234');
    addUser(h, 'budi', 'manajer', '482915');
    sent = [];
    const win = {
      isDestroyed: () => false,
      webContents: {
        id: WINDOW_ID,
        mainFrame: { url: 'app://pos/' },
        send: (channel: string, e: HostEvent) => channel === BRIDGE_EVENT_CHANNEL && sent.push(e),
      },
    };
    wireIpc(h, () => win as never, null);
  });
  afterEach(() => h.dispose());

  it('a kasir window gets its own till’s scan but not the manager-only PIN alert nor office sales', async () => {
    await expect(login('siti', '1234')).resolves.toMatchObject({ ok: true });
    publishAll();
    expect(sent).toEqual([hostScan]);
  });

  it('a manajer window gets the PIN alert and the sales; no window gets anything before login or after logout', async () => {
    publishAll();
    expect(sent).toEqual([]);
    await login('budi', '482915');
    publishAll();
    expect(sent).toEqual([alert, sale, hostScan]);
    await logout();
    publishAll();
    expect(sent).toHaveLength(3);
  });
});
