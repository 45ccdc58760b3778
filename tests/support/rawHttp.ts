// Requests the way an attacker sends them: any Host, Origin and content type, over a real socket
// (fetch refuses to forge Host), to a host started on a real port. TLS optional, with a pinned
// fingerprint check like a paired terminal would make.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = { ok: boolean; result?: unknown; error?: { code: string; params: Record<string, unknown> } }>(): T;
  /** SHA-256 fingerprint of the certificate the server presented (TLS only). */
  fingerprint?: string;
}

export function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        rejectUnauthorized: false,
        localAddress: options.localAddress,
      },
      (res) => {
        const fingerprint = (res.socket as TLSSocket | null)?.getPeerCertificate?.().fingerprint256;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text), fingerprint });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A JSON POST to /api/<method> as the renderer sends it, with the host's own Host header. */
export function postApi(base: string, method: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const host = new URL(base).host;
  return raw(`${base}/api/${method}`, { method: 'POST', headers: { host, 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });
}
