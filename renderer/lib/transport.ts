// How the renderer reaches the core: send(method, input) and the host's events. Two
// implementations with the same behaviour: HTTP (`npm run serve`, a second terminal, the tests)
// and the Electron preload bridge `window.kkmp` when the app runs on the desktop.
import type { Send } from '../../shared/api/client';
import type { BridgeResult, KkmpBridge } from '../../shared/bridge';
import { HOST_EVENT_TYPES, type HostEvent } from '../../shared/events';
import { ApiError } from './apiError';
import { readEventStream } from './eventStream';

export interface Transport {
  send: Send;
  /** Events pushed by the host (HID scans, printer jobs, sales on other terminals). */
  subscribe(listener: (event: HostEvent) => void): () => void;
  setToken(token: string | null): void;
  token(): string | null;
}

declare global {
  interface Window {
    kkmp?: KkmpBridge;
  }
}

function unwrap(envelope: BridgeResult): unknown {
  if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
    if (envelope.ok) return envelope.result;
    throw new ApiError(envelope.error.code, envelope.error.params ?? {});
  }
  throw new ApiError('INTERNAL');
}

/** An event of a type the host map knows; anything else is dropped rather than guessed at. */
function hostEvent(type: string, payload: unknown): HostEvent | null {
  return (HOST_EVENT_TYPES as readonly string[]).includes(type) ? ({ type, payload } as HostEvent) : null;
}

const TOKEN_KEY = 'kkmp.session';

function tokenStore() {
  let token: string | null = null;
  try {
    token = localStorage.getItem(TOKEN_KEY);
  } catch {
    token = null;
  }
  return {
    get: () => token,
    set(value: string | null) {
      token = value;
      try {
        if (value) localStorage.setItem(TOKEN_KEY, value);
        else localStorage.removeItem(TOKEN_KEY);
      } catch {
        // storage disabled: the session lasts as long as the page
      }
    },
  };
}

/** Listeners share one connection: it opens with the first and closes with the last. */
function sharedStream(open: (emit: (event: HostEvent) => void) => () => void) {
  const listeners = new Set<(event: HostEvent) => void>();
  let close: (() => void) | null = null;
  return (listener: (event: HostEvent) => void) => {
    listeners.add(listener);
    close ??= open((event) => listeners.forEach((l) => l(event)));
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && close) {
        close();
        close = null;
      }
    };
  };
}

/** Calls that are slow by nature wait longer than a counter call: the demo outlet is a month of
 * selling written through the real services (25-60 s on a loaded shop PC). */
const SLOW_METHODS: Partial<Record<string, number>> = { 'setup.initialize': 300_000 };

export function httpTransport(baseUrl = '', timeoutMs = 15_000): Transport {
  const tokens = tokenStore();
  return {
    async send(method, input) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), SLOW_METHODS[method] ?? timeoutMs);
      let response: Response;
      try {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        const token = tokens.get();
        if (token) headers.authorization = `Bearer ${token}`;
        response = await fetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          signal: controller.signal,
        });
      } catch {
        throw new ApiError('HOST_UNREACHABLE');
      } finally {
        clearTimeout(timer);
      }
      let body: BridgeResult;
      try {
        body = (await response.json()) as BridgeResult;
      } catch {
        throw new ApiError(response.status >= 500 ? 'HOST_UNREACHABLE' : 'INTERNAL');
      }
      return unwrap(body);
    },
    // The stream needs the session token, so it is read with fetch (lib/eventStream.ts).
    subscribe: sharedStream((emit) =>
      readEventStream(`${baseUrl}/api/events`, tokens.get, (e) => {
        const event = hostEvent(e.type, e.payload);
        if (event) emit(event);
      }),
    ),
    setToken: tokens.set,
    token: tokens.get,
  };
}

/** The session token is held in the main process; the page keeps only its marker, to know it is logged in. */
export function bridgeTransport(bridge: KkmpBridge): Transport {
  const tokens = tokenStore();
  return {
    async send(method, input) {
      let envelope: BridgeResult;
      try {
        envelope = await bridge.call(method, input ?? {});
      } catch {
        throw new ApiError('HOST_UNREACHABLE');
      }
      return unwrap(envelope);
    },
    subscribe: sharedStream((emit) =>
      bridge.onEvent((e) => {
        const event = hostEvent(e.type, e.payload);
        if (event) emit(event);
      }),
    ),
    setToken: tokens.set,
    token: tokens.get,
  };
}

/** The bridge on the desktop, HTTP everywhere else. */
export function defaultTransport(): Transport {
  return typeof window !== 'undefined' && window.kkmp ? bridgeTransport(window.kkmp) : httpTransport();
}
