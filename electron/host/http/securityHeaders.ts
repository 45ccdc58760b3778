// Security headers on every answer, written with a fastify hook (@fastify/helmet is not among our
// dependencies). The renderer's own CSP comes with its files (staticFiles.ts); API answers are
// data and may not be rendered, framed or sniffed as anything else.
import type { FastifyReply } from 'fastify';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(reply: FastifyReply, api: boolean): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-resource-policy', 'same-origin');
  if (api || !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
}
