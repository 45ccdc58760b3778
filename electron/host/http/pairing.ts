// LAN pairing over HTTP: an unpaired device sees only /pair, a form for the code the manager
// shows (devices.pairingCode). The right code sets the device cookie (HttpOnly, Secure,
// SameSite=Strict) and opens the till; this machine itself (loopback) needs no pairing.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isAppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorMessages';
import { deviceByToken, pairDevice } from '../../services/devices/pairing';
import { HOST_TERMINAL } from '../eventAccess';
import type { Host } from '../host';

const COOKIE = 'kkmp_device';
const TEN_YEARS_S = 10 * 365 * 24 * 3600;
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function cookie(req: FastifyRequest, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** The till a request comes from, or null for an unpaired LAN device. */
export function deviceOf(host: Host, req: FastifyRequest, lan: boolean): string | null {
  if (!lan || isLoopback(req.socket.remoteAddress)) return HOST_TERMINAL;
  const token = cookie(req, COOKIE);
  return token ? deviceByToken(host.core, token) : null;
}

export function registerPairing(app: FastifyInstance, host: Host, fingerprint: string): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    scope.get('/pair', async (_req, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(page('', fingerprint)));
    scope.post('/pair', async (req, reply) => {
      const body = (req.body ?? {}) as { code?: unknown; name?: unknown };
      const code = typeof body.code === 'string' ? body.code.trim() : '';
      const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim().slice(0, 60) : 'Terminal';
      try {
        const { token } = pairDevice(host.core, code, name);
        return reply.header('set-cookie', `${COOKIE}=${token}; Path=/; Max-Age=${TEN_YEARS_S}; HttpOnly; Secure; SameSite=Strict`).redirect('/', 303);
      } catch (e) {
        if (!isAppError(e)) throw e;
        const words = `${errorText(e.code, e.params, 'id')} / ${errorText(e.code, e.params, 'en')}`;
        return reply.code(400).type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(page(words, fingerprint));
      }
    });
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(error: string, fingerprint: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pasangkan perangkat / Pair this device</title>
<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0 .25rem}input,button{font-size:1.2rem;padding:.4rem;width:100%}.err{color:#b00020}</style></head>
<body><h1>Pasangkan perangkat ini</h1><p>Minta kode pemasangan 8 angka kepada manajer (Kantor → Perangkat). / Ask the manager for the 8-digit pairing code (Office → Devices).</p>
<p>Sidik jari sertifikat server / server certificate fingerprint (SHA-256): <code>${escapeHtml(fingerprint)}</code>. Cocokkan dengan yang tampil di konsol server. / Check it matches the one on the server console.</p>
${error ? `<p class="err" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/pair"><label for="code">Kode pemasangan / Pairing code</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="\\d{8}" required>
<label for="name">Nama perangkat / Device name</label><input id="name" name="name" maxlength="60" placeholder="Kasir 2">
<p><button type="submit">Pasangkan / Pair</button></p></form></body></html>`;
}
