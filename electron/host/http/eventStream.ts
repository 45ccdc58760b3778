// GET /api/events: Server-Sent Events for a logged-in screen. The session token comes in the
// Authorization header like every API call (the renderer reads the stream with fetch, which can
// set headers, unlike EventSource): no token ever sits in a URL, where logs and history keep it.
// Each event goes only to the roles that may see it and a scan only to its own till; the stream
// ends when the session does.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionUser } from '../../services/auth/auth';
import { sessionEventGate } from '../eventAccess';
import type { Host } from '../host';
import { sendError } from './server';

const PING_MS = 15_000;

export function streamEvents(host: Host, req: FastifyRequest, reply: FastifyReply): FastifyReply | void {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
  const user = token ? sessionUser(host.core, token, { touch: false }) : null;
  if (!token || !user) return sendError(reply, 401, { code: 'AUTH_REQUIRED', params: {} });
  const terminal = req.terminal ?? '';
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
  });
  res.write(': connected\n\n');
  const stillValid = () => sessionUser(host.core, token, { touch: false }) !== null;
  const end = () => {
    clearInterval(ping);
    unsubscribe();
    res.end();
  };
  const gate = sessionEventGate(host.core, token, terminal);
  const unsubscribe = host.events.subscribe((e) => {
    const decision = gate(e);
    if (decision === 'ended') return end();
    if (decision === 'send') res.write(`event: ${e.type}\ndata: ${JSON.stringify(e.payload)}\n\n`);
  });
  const ping = setInterval(() => (stillValid() ? res.write(': ping\n\n') : end()), PING_MS);
  req.raw.on('close', end);
}
