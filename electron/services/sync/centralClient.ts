// Calls a pusat method over HTTP(S): {ok, result} or a typed error, as the outlet's own API does.
// A pusat that cannot be reached is SYNC_UNREACHABLE: normal for an outlet offline for days.
// The pusat's own certificate is self-signed (tls/selfSignedCertificate.ts): with a pinned
// fingerprint the connection is taken only when the server shows exactly that certificate, checked
// before a byte of the request is sent; without one, https is checked against the system's
// authorities as usual.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { AppError, type ErrorCode, type ErrorParams } from '../../../shared/errors';

export type CentralCall = (method: string, input: unknown) => Promise<unknown>;

export interface CentralLink {
  /** SHA-256 fingerprint the pusat's certificate must have (colon-separated hex, any case). */
  fingerprint?: string | null;
  timeoutMs?: number;
}

const normal = (fp: string) => fp.replace(/[^0-9a-f]/gi, '').toUpperCase();

export function httpCentral(baseUrl: string, link: CentralLink = {}): CentralCall {
  const base = baseUrl.replace(/\/+$/, '');
  const timeoutMs = link.timeoutMs ?? 30_000;
  return async (method, input) => {
    const { status, text } = await post(`${base}/api/${method}`, JSON.stringify(input), base, link, timeoutMs);
    let body: { ok?: boolean; result?: unknown; error?: { code: string; params: ErrorParams } };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new AppError('SYNC_BAD_RESPONSE', { url: base, status });
    }
    if (body.ok) return body.result;
    // The pusat may be newer than this outlet: a code we have no words for still gets a sentence.
    throw new AppError((body.error?.code ?? 'SYNC_BAD_RESPONSE') as ErrorCode, body.error?.params ?? { url: base, status });
  };
}

function post(url: string, payload: string, base: string, link: CentralLink, timeoutMs: number): Promise<{ status: number; text: string }> {
  // A stored or typed address that is no URL at all is a pusat that cannot be reached.
  if (!URL.canParse(url)) return Promise.reject(new AppError('SYNC_UNREACHABLE', { url: base }));
  const target = new URL(url);
  const https = target.protocol === 'https:';
  const pinned = link.fingerprint ? normal(link.fingerprint) : null;
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => reject(new AppError('SYNC_UNREACHABLE', { url: base })));
    };
    const req = https
      ? // A pinned certificate replaces the authority check; the pin itself is checked on secureConnect.
        // A connection of its own (no keep-alive pool), so every request passes the check below.
        httpsRequest(target, { method: 'POST', headers, agent: false, rejectUnauthorized: pinned === null, timeout: timeoutMs }, onResponse)
      : httpRequest(target, { method: 'POST', headers, agent: false, timeout: timeoutMs }, onResponse);
    let refused: AppError | null = null;
    if (!https) req.end(payload);
    else
      req.on('socket', (socket) => {
        socket.once('secureConnect', () => {
          const shown = (socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '';
          if (pinned !== null && normal(shown) !== pinned) {
            refused = new AppError('SYNC_CERT_MISMATCH', { url: base, pinned: link.fingerprint!, shown });
            req.destroy(refused);
            return;
          }
          req.end(payload);
        });
      });
    req.on('timeout', () => req.destroy());
    req.on('error', (e: NodeJS.ErrnoException) => {
      // A self-signed pusat reached without a pinned fingerprint: say so, not "unreachable".
      const untrusted = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(e.code ?? '');
      reject(refused ?? new AppError(untrusted ? 'SYNC_CERT_UNTRUSTED' : 'SYNC_UNREACHABLE', { url: base }));
    });
  });
}
