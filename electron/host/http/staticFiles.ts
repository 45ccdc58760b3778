// The built renderer as static files, with the CSP the desktop app uses. Unknown paths get
// index.html (the renderer routes itself); nothing outside the build folder is ever read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';
import { contentTypeOf } from '../static/contentTypes';
import { rendererHeaders } from '../static/csp';

export function serveStatic(dir: string | undefined, path: string, reply: FastifyReply): FastifyReply {
  if (!dir || !existsSync(dir)) {
    return reply.code(404).type('text/plain; charset=utf-8').send('Renderer belum dibangun (npm run build:renderer) / renderer not built');
  }
  const root = resolve(dir);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return reply.code(403).send();
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  return reply
    .code(200)
    .headers(rendererHeaders(contentTypeOf(file)))
    .send(readFileSync(file));
}
