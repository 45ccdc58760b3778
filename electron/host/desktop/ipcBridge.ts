// The IPC face of the router. Every call from the renderer arrives here: the sender frame is
// checked first (senderPolicy), then the call goes through the very router the HTTP host uses.
// The session token is kept here, per window (webContents), and never handed to the renderer: a
// login stores it, a logout or a closed window drops it. The renderer gets a fixed marker in its
// place, so its "am I logged in? ask auth.me" logic works the same as over HTTP; a token the
// renderer sends back is ignored (the preload does not even pass it).
import type { HostEvent } from '../../../shared/events';
import { HOST_TERMINAL, sessionEventGate } from '../eventAccess';
import type { Host } from '../host';
import type { CallResult } from '../router';
import { isTrustedSender, type SenderInfo, type SenderPolicy } from './senderPolicy';

/** Stands in for the real token in the renderer; it opens nothing. */
export const TOKEN_HELD_IN_MAIN = 'held-by-desktop-main-process';
const METHOD_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

export interface IpcBridge {
  call(sender: SenderInfo, method: unknown, input: unknown): Promise<CallResult>;
  /** The window closed or its renderer was replaced: its session ends. */
  forget(webContentsId: number): void;
  hasSession(webContentsId: number): boolean;
  /** Whether the window's session may see this event: the same gate as the HTTP event stream, with
   * the desktop window standing at the host machine's own till. No session, no events. */
  mayDeliver(webContentsId: number, event: HostEvent): boolean;
}

export function createIpcBridge(host: Pick<Host, 'router' | 'core'>, policy: SenderPolicy, log: (message: string) => void = console.warn): IpcBridge {
  const tokens = new Map<number, string>();
  return {
    async call(sender, method, input) {
      if (!isTrustedSender(sender, policy)) {
        log(`IPC ditolak / refused: ${String(method).slice(0, 64)} from ${sender.frameUrl ?? '(no frame)'} (webContents ${sender.webContentsId})`);
        return { ok: false, error: { code: 'IPC_SENDER_REFUSED', params: {} } };
      }
      if (typeof method !== 'string' || method.length > 100 || !METHOD_NAME.test(method)) {
        return { ok: false, error: { code: 'METHOD_UNKNOWN', params: { method: typeof method === 'string' ? method.slice(0, 100) : '' } } };
      }
      const result = await host.router.call(method, input, tokens.get(sender.webContentsId) ?? null);
      if (method === 'auth.logout') tokens.delete(sender.webContentsId);
      if (result.ok && method === 'auth.login') return { ok: true, result: keepToken(tokens, sender.webContentsId, result.result) };
      return result;
    },
    forget(webContentsId) {
      tokens.delete(webContentsId);
    },
    hasSession(webContentsId) {
      return tokens.has(webContentsId);
    },
    mayDeliver(webContentsId, event) {
      const token = tokens.get(webContentsId);
      return token !== undefined && sessionEventGate(host.core, token, HOST_TERMINAL)(event) === 'send';
    },
  };
}

/** Stores the token of a login result and returns the result with the marker in its place. */
function keepToken(tokens: Map<number, string>, webContentsId: number, result: unknown): unknown {
  if (!result || typeof result !== 'object' || typeof (result as { token?: unknown }).token !== 'string') return result;
  const { token, ...rest } = result as { token: string } & Record<string, unknown>;
  tokens.set(webContentsId, token);
  return { ...rest, token: TOKEN_HELD_IN_MAIN };
}
