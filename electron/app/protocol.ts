// app://pos: the renderer's fixed origin (IndexedDB is per origin), served from the built files
// with the strict CSP. Registered as standard + secure before the app is ready, so Chromium treats
// it like https (secure context, real origin for 'self').
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../host/desktop/appOrigin';
import { resolveAppPath } from '../host/desktop/appProtocol';
import { rendererHeaders } from '../host/static/csp';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const target = resolveAppPath(rendererDir, request.url);
    if (!target.ok) return new Response(null, { status: target.status });
    try {
      return new Response(await readFile(target.file), { status: 200, headers: rendererHeaders(target.contentType) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
