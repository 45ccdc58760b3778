// Which Host and Origin values the HTTP host answers to. A browser tricked by DNS rebinding sends
// `Host: attacker.example`; a web page on another site sends its own Origin. Both are refused, so
// only pages this host served itself (or non-browser clients, which send no Origin) reach the API.
import { hostname as machineName, networkInterfaces } from 'node:os';

export interface HostNames {
  /** Lower-case `name:port` values a request's Host header may carry. */
  hosts: ReadonlySet<string>;
  /** Exact origins (`http://127.0.0.1:5730`) a browser request may come from. */
  origins: ReadonlySet<string>;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** The loopback names always; with `lan` also every address of this machine and its name. */
export function hostNames(port: number, scheme: 'http' | 'https', lan: boolean, extra: string[] = []): HostNames {
  const names = new Set(LOOPBACK);
  if (lan) {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) names.add(a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address);
    }
    const name = machineName().toLowerCase();
    names.add(name);
    names.add(`${name}.local`);
  }
  for (const e of extra) names.add(e.toLowerCase());
  const hosts = new Set([...names].map((n) => `${n}:${port}`));
  return { hosts, origins: new Set([...hosts].map((h) => `${scheme}://${h}`)) };
}

export function hostAllowed(names: HostNames, host: string | undefined): boolean {
  return host !== undefined && names.hosts.has(host.toLowerCase());
}

/** No Origin (curl, the CLI, a same-origin GET) is fine; a browser's Origin must be one of ours. */
export function originAllowed(names: HostNames, origin: string | undefined): boolean {
  return origin === undefined || names.origins.has(origin.toLowerCase());
}
