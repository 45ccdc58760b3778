// Browser/LAN face: POST /api/<method> with a JSON body and `Authorization: Bearer <token>`,
// GET /api/events as Server-Sent Events, and the built renderer as static files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { contentTypeOf } from '../static/contentTypes';
import { rendererHeaders } from '../static/csp';
import type { Host } from '../host';

const MAX_BODY = 5 * 1024 * 1024;

export interface HttpOptions {
  port: number;
  hostname?: string;
  staticDir?: string;
}

export function startHttp(host: Host, options: HttpOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handle(host, options, req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', params: {} } });
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname ?? '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : options.port;
      resolvePromise({ server, url: `http://${options.hostname ?? '127.0.0.1'}:${port}` });
    });
  });
}

async function handle(host: Host, options: HttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(host, req, res);
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'METHOD_NOT_ALLOWED', params: {} } });
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'INPUT_TOO_LARGE', params: {} } });
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'INPUT_INVALID', params: { path: '', message: 'JSON' } } });
    }
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    const result = await host.router.call(decodeURIComponent(url.pathname.slice(5)), input, token);
    return sendJson(res, 200, result);
  }
  return serveStatic(options.staticDir, url.pathname, res);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolvePromise(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function streamEvents(host: Host, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = host.events.subscribe((e) => res.write(`event: ${e.type}\ndata: ${JSON.stringify(e.payload)}\n\n`));
  const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(ping);
    unsubscribe();
  });
}

function serveStatic(dir: string | undefined, pathname: string, res: ServerResponse): void {
  if (!dir || !existsSync(dir)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Renderer belum dibangun (npm run build:renderer) / renderer not built');
    return;
  }
  const root = resolve(dir);
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403);
    res.end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, rendererHeaders(contentTypeOf(file)));
  res.end(readFileSync(file));
}
