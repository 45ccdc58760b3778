// Browser/LAN face on fastify: POST /api/<method> with a JSON body and `Authorization: Bearer
// <token>`, GET /api/events as Server-Sent Events (same header), and the built renderer as static
// files. fastify does the body limit, content-type parsing and URL decoding; the hooks here add
// the door checks (Host, Origin, device pairing on the LAN) and the security headers.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Server } from 'node:http';
import { AppError, type ErrorPayload } from '../../../shared/errors';
import type { Host } from '../host';
import { hostAllowed, hostNames, originAllowed, type HostNames } from './allowedHosts';
import { MAX_BODY_BYTES, registerJsonBody } from './jsonBody';
import { streamEvents } from './eventStream';
import { serveStatic } from './staticFiles';
import { registerPairing, deviceOf } from './pairing';
import { securityHeaders } from './securityHeaders';

export interface HttpOptions {
  port: number;
  hostname?: string;
  staticDir?: string;
  /** LAN mode: TLS with this key and certificate, and only paired devices (or this machine) get in. */
  lan?: { key: string; cert: string; fingerprint?: string };
  /** More Host names to answer to (a DNS name the koperasi gave the till). */
  extraHostNames?: string[];
}

export interface HttpHost {
  server: Server;
  url: string;
  app: FastifyInstance;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The till this request comes from: HOST_TERMINAL for this machine, else the paired device id. */
    terminal: string | null;
  }
}

export async function startHttp(host: Host, options: HttpOptions): Promise<HttpHost> {
  const lan = options.lan;
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    ...(lan ? { https: { key: lan.key, cert: lan.cert } } : {}),
    // A bad %-escape in the path is the caller's mistake: 400 in the API's own shape.
    frameworkErrors: (_error, _req, reply) => sendError(reply, 400, { code: 'URL_INVALID', params: {} }),
  }) as unknown as FastifyInstance;
  const address = await configure(app, host, options).then(() => app.listen({ port: options.port, host: options.hostname ?? '127.0.0.1' }));
  const port = Number(new URL(address).port);
  const shownHost = options.hostname && options.hostname !== '0.0.0.0' ? options.hostname : '127.0.0.1';
  return { server: app.server as Server, url: `${lan ? 'https' : 'http'}://${shownHost}:${port}`, app };
}

async function configure(app: FastifyInstance, host: Host, options: HttpOptions): Promise<void> {
  // The port is known only once listening when 0 was asked for: resolve the names lazily.
  let names: HostNames | null = null;
  const namesFor = (): HostNames => {
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : options.port;
    names ??= hostNames(port, options.lan ? 'https' : 'http', options.lan !== undefined, options.extraHostNames);
    return names;
  };
  app.decorateRequest('terminal', null);
  registerJsonBody(app);
  app.addHook('onRequest', async (req, reply) => {
    if (!hostAllowed(namesFor(), req.headers.host)) return sendError(reply, 421, { code: 'HOST_NOT_ALLOWED', params: {} });
    if (!originAllowed(namesFor(), req.headers.origin) || req.headers['sec-fetch-site'] === 'cross-site') {
      return sendError(reply, 403, { code: 'ORIGIN_NOT_ALLOWED', params: {} });
    }
    req.terminal = deviceOf(host, req, options.lan !== undefined);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    securityHeaders(reply, req.url.startsWith('/api/'));
    return payload;
  });
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (error instanceof AppError) return sendError(reply, 400, { code: error.code, params: error.params });
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, { code: 'INPUT_TOO_LARGE', params: {} });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
      return sendError(reply, 415, { code: 'CONTENT_TYPE_UNSUPPORTED', params: {} });
    }
    if (error.statusCode && error.statusCode < 500) return sendError(reply, error.statusCode, { code: 'INPUT_INVALID', params: { path: '', rule: 'invalid' } });
    console.error(error);
    return sendError(reply, 500, { code: 'INTERNAL', params: {} });
  });

  if (options.lan) registerPairing(app, host, options.lan.fingerprint ?? '');
  // Everything past this point needs a known till: on the LAN an unpaired device gets the pairing page.
  const paired = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.terminal !== null) return;
    if (req.url.startsWith('/api/')) return sendError(reply, 403, { code: 'DEVICE_NOT_PAIRED', params: {} });
    return reply.redirect('/pair', 303);
  };

  app.get('/api/events', { preHandler: paired }, (req, reply) => streamEvents(host, req, reply));
  app.post('/api/*', { preHandler: paired }, async (req, reply) => {
    const name = (req.params as { '*': string })['*'];
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    const result = await host.router.call(name, req.body ?? {}, token, { terminal: req.terminal ?? 'unknown' });
    return reply.code(200).type('application/json; charset=utf-8').header('cache-control', 'no-store').send(result);
  });
  app.route({
    method: ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/api/*',
    preHandler: paired,
    handler: async (_req, reply) => sendError(reply, 405, { code: 'METHOD_NOT_ALLOWED', params: {} }),
  });
  app.get('/*', { preHandler: paired }, (req, reply) => serveStatic(options.staticDir, (req.params as { '*': string })['*'], reply));
}

export function sendError(reply: FastifyReply, status: number, error: ErrorPayload): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').header('cache-control', 'no-store').send({ ok: false, error });
}
