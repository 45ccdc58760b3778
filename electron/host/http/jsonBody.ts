// The API's only body format: JSON, parsed by fastify's content-type parser with its body limit.
// A body nested deeper than any contract needs is refused before zod walks it, so a 20,000-level
// array is a clear INPUT_INVALID, not a stack overflow answered as INTERNAL.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../shared/errors';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** The deepest contract (a sale's lines with their fields) is 4 levels; leave ample room. */
export const MAX_JSON_DEPTH = 32;

export function registerJsonBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, {});
    if (depthOver(text, MAX_JSON_DEPTH)) return done(new AppError('INPUT_INVALID', { path: '', rule: 'too_deep' }), undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError('INPUT_INVALID', { path: '', rule: 'json' }), undefined);
    }
  });
}

/** Scans the text once (outside strings) for bracket depth; cheaper than parsing a hostile body. */
function depthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
