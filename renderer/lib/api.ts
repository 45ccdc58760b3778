// The one way the renderer reaches the core: call(method, input). Two implementations with the
// same behaviour: HTTP (`npm run serve`, a second terminal, the tests) and the Electron preload
// bridge `window.kkmp` when the app runs on the desktop.
import type { ErrorParams, ErrorPayload } from '../../shared/errors';
import { readEventStream } from './eventStream';

/** A failed call: either the core said no ({code, params}) or the host could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
  /** The request never got an answer: the sale may be retried safely with the same id. */
  get offline(): boolean {
    return this.code === 'HOST_UNREACHABLE';
  }
}

export interface HostEvent {
  type: string;
  payload: unknown;
}

export interface ApiClient {
  call<R = unknown>(method: string, input?: unknown): Promise<R>;
  /** Events pushed by the host (HID scans, printer jobs, sales on other terminals). */
  subscribe(listener: (event: HostEvent) => void): () => void;
  setToken(token: string | null): void;
  token(): string | null;
}

type Envelope = { ok: true; result: unknown } | { ok: false; error: ErrorPayload };

/** What the desktop preload exposes (electron/app/preload.ts). */
export interface KkmpBridge {
  call(method: string, input: unknown, token?: string | null): Promise<Envelope>;
  onEvent?(listener: (event: HostEvent) => void): () => void;
}

declare global {
  interface Window {
    kkmp?: KkmpBridge;
  }
}

function unwrap<R>(envelope: Envelope): R {
  if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
    if (envelope.ok) return envelope.result as R;
    throw new ApiError(envelope.error.code, envelope.error.params ?? {});
  }
  throw new ApiError('INTERNAL');
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

export function httpClient(baseUrl = '', timeoutMs = 15_000): ApiClient {
  const tokens = tokenStore();
  return {
    async call<R>(method: string, input: unknown = {}): Promise<R> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let response: Response;
      try {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        const token = tokens.get();
        if (token) headers.authorization = `Bearer ${token}`;
        response = await fetch(`${baseUrl}/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}), signal: controller.signal });
      } catch {
        throw new ApiError('HOST_UNREACHABLE');
      } finally {
        clearTimeout(timer);
      }
      let body: Envelope;
      try {
        body = (await response.json()) as Envelope;
      } catch {
        throw new ApiError(response.status >= 500 ? 'HOST_UNREACHABLE' : 'INTERNAL');
      }
      return unwrap<R>(body);
    },
    subscribe: (listener) => readEventStream(`${baseUrl}/api/events`, tokens.get, listener),
    setToken: tokens.set,
    token: tokens.get,
  };
}

export function bridgeClient(bridge: KkmpBridge): ApiClient {
  const tokens = tokenStore();
  return {
    async call<R>(method: string, input: unknown = {}): Promise<R> {
      let envelope: Envelope;
      try {
        envelope = await bridge.call(method, input ?? {}, tokens.get());
      } catch {
        throw new ApiError('HOST_UNREACHABLE');
      }
      return unwrap<R>(envelope);
    },
    subscribe: (listener) => bridge.onEvent?.(listener) ?? (() => {}),
    setToken: tokens.set,
    token: tokens.get,
  };
}

/** The bridge on the desktop, HTTP everywhere else. */
export function defaultClient(): ApiClient {
  return typeof window !== 'undefined' && window.kkmp ? bridgeClient(window.kkmp) : httpClient();
}
