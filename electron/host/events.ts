// Server-to-client events (a scan from a HID scanner, a printer job finished, a sale committed on
// another terminal). Transports subscribe; services never see this.
export interface HostEvent {
  type: string;
  payload: unknown;
}

export interface EventBus {
  publish(event: HostEvent): void;
  subscribe(listener: (event: HostEvent) => void): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<(event: HostEvent) => void>();
  return {
    publish(event) {
      for (const l of listeners) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
