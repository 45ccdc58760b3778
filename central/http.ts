// The pusat over HTTP (fastify): POST /api/<method> with a JSON body and, for people,
// `Authorization: Bearer <token>`; the answer is always {ok, result} or {ok: false, error}.
// TLS: with `tls` (the certificate made at first start, tls/selfSignedCertificate.ts) the pusat
// speaks https itself and outlets pin its fingerprint; behind a reverse proxy it may stay plain
// http on the loopback (docs/central.md).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { CentralHost } from './host';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * True for an API call a browser made on behalf of another site's page: a login guessed from a
 * pendamping's browser, a form aimed at the API. Browsers say so in Sec-Fetch-Site, or in an
 * Origin that is not the pusat's own name (the Host, or X-Forwarded-Host behind a reverse proxy).
 * Outlets and scripts send neither header and pass; bearer tokens are never sent by a browser on
 * its own, so this closes what the token does not.
 */
function fromAnotherSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true; // "null" (a sandboxed frame, a file) or junk
  }
  const names = [req.headers.host, req.headers['x-forwarded-host']].flatMap((h) => String(h ?? '').split(','));
  return !names.some((n) => n.trim().toLowerCase() === originHost);
}

/** A day of a busy gerai is a few MB of JSON; more than this is not one of our batches. */
const BODY_LIMIT = 8 * 1024 * 1024;

export async function startCentralHttp(
  host: CentralHost,
  options: { port: number; hostname?: string; staticDir?: string; tls?: { key: string; cert: string } },
): Promise<{ app: FastifyInstance; url: string }> {
  const app = options.tls
    ? (Fastify({ bodyLimit: BODY_LIMIT, logger: false, https: { key: options.tls.key, cert: options.tls.cert } }) as unknown as FastifyInstance)
    : Fastify({ bodyLimit: BODY_LIMIT, logger: false });
  app.addHook('onRequest', async (req, reply) => {
    // Only the API: a link to the dashboards from another site is an ordinary navigation.
    if (req.url.startsWith('/api/') && fromAnotherSite(req)) return reply.status(403).send({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED', params: {} } });
  });
  app.post<{ Params: { method: string } }>('/api/:method', async (req) => {
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    return host.router.call(req.params.method, req.body ?? {}, token);
  });
  const staticDir = options.staticDir;
  if (staticDir) {
    // The built dashboards: files under the folder only, index.html for the root.
    app.get('/*', async (req, reply) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^[/\\]+/, '') || 'index.html';
      const file = join(staticDir, path);
      if (!file.startsWith(staticDir + sep) || !existsSync(file) || !statSync(file).isFile())
        return reply.status(404).type('text/plain; charset=utf-8').send('Tidak ditemukan / not found');
      return reply
        .header('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
        .header('x-content-type-options', 'nosniff')
        .type(TYPES[extname(file)] ?? 'application/octet-stream')
        .send(readFileSync(file));
    });
  }
  app.setErrorHandler((err: { statusCode?: number }, _req, reply) => {
    const status = err.statusCode ?? 500;
    const code = status === 413 ? 'INPUT_TOO_LARGE' : status === 415 || status === 400 ? 'INPUT_INVALID' : 'INTERNAL';
    void reply.status(status).send({ ok: false, error: { code, params: {} } });
  });
  const hostname = options.hostname ?? '127.0.0.1';
  await app.listen({ port: options.port, host: hostname });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  return { app, url: `${options.tls ? 'https' : 'http'}://${hostname}:${port}` };
}
