// Resolves an app://pos/... request to a file inside the built renderer folder, refusing anything
// that could leave it: "..", encoded dots or slashes, backslashes, absolute or drive paths, NUL.
// Paths without a file extension fall back to index.html (client-side routes).
import { extname, resolve, sep } from 'node:path';
import { isAppUrl } from './appOrigin';
import { contentTypeOf } from '../static/contentTypes';

export type AppPathResult = { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 403 | 404 };

export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResult {
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403 };
  const url = new URL(requestUrl);
  // The raw pathname still carries %-escapes: a request is judged by what it decodes to.
  const raw = url.pathname;
  if (/%2f|%5c|%00/i.test(raw)) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\\') || decoded.includes('\0') || decoded.startsWith('//')) return { ok: false, status: 403 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:/.test(s))) return { ok: false, status: 403 };

  const root = resolve(rootDir);
  const relative = segments.length === 0 || extname(segments[segments.length - 1]!) === '' ? ['index.html'] : segments;
  const file = resolve(root, ...relative);
  if (!file.startsWith(root + sep)) return { ok: false, status: 403 };
  return { ok: true, file, contentType: contentTypeOf(file) };
}
