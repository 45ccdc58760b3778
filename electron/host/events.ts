// Server-to-client events (a scan from a HID scanner, a printer job finished, a sale committed on
// another terminal). Transports subscribe; services never see this. The events and their payloads
// are the one map in shared/events.ts, so a publisher cannot send a payload no screen expects.
import type { HostEvent } from '../../shared/events';

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
