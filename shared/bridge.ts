// The desktop bridge: what the preload script puts on `window.kkmp`, nothing more. The renderer's
// API client uses it instead of HTTP inside Electron; the session token never leaves the main
// process (it is held per window there), so the renderer cannot leak it.
import type { ErrorPayload } from './errors';
import type { HostEvent } from './events';

export type BridgeResult = { ok: true; result: unknown } | { ok: false; error: ErrorPayload };

export interface KkmpBridge {
  /** One API method through the same router as HTTP (validated, role-checked). */
  call(method: string, input: unknown): Promise<BridgeResult>;
  /** Server events (sale committed, scan from a HID scanner, printer status). Returns unsubscribe. */
  onEvent(listener: (event: HostEvent) => void): () => void;
  platform: { desktop: true; os: string; arch: string; electron: string };
}

/** The IPC channel names, shared by preload and main so they cannot drift apart. */
export const BRIDGE_CALL_CHANNEL = 'kkmp:call';
export const BRIDGE_EVENT_CHANNEL = 'kkmp:event';
