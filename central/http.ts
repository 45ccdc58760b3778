// The pusat over HTTP (fastify): POST /api/<method> with a JSON body and, for people,
// `Authorization: Bearer <token>`; the answer is always {ok, result} or {ok: false, error}.
// TLS is the reverse proxy's job or fastify's https option (docs/central.md).
import Fastify, { type FastifyInstance } from 'fastify';
import type { CentralHost } from './host';

/** A day of a busy gerai is a few MB of JSON; more than this is not one of our batches. */
const BODY_LIMIT = 8 * 1024 * 1024;

export async function startCentralHttp(host: CentralHost, options: { port: number; hostname?: string }): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false });
  app.post<{ Params: { method: string } }>('/api/:method', async (req) => {
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    return host.router.call(req.params.method, req.body ?? {}, token);
  });
  app.setErrorHandler((err: { statusCode?: number }, _req, reply) => {
    const status = err.statusCode ?? 500;
    const code = status === 413 ? 'INPUT_TOO_LARGE' : status === 415 || status === 400 ? 'INPUT_INVALID' : 'INTERNAL';
    void reply.status(status).send({ ok: false, error: { code, params: {} } });
  });
  const hostname = options.hostname ?? '127.0.0.1';
  await app.listen({ port: options.port, host: hostname });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  return { app, url: `http://${hostname}:${port}` };
}
