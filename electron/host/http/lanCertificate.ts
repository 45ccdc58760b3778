// The LAN host's TLS certificate: made once, at the first `--lan` start, beside the database
// (owner-only files), self-signed for this machine's names and addresses. Terminals cannot check
// it against a public authority, so the manager compares its SHA-256 fingerprint, shown on the
// console and on the pairing page, with what the terminal's browser shows, once, when pairing.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface LanCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as colon-separated hex (what browsers show). */
  fingerprint: string;
}

const VALID_YEARS = 10;

export async function lanCertificate(dataDir: string, now: Date = new Date()): Promise<LanCertificate> {
  const keyFile = join(dataDir, 'lan-tls-key.pem');
  const certFile = join(dataDir, 'lan-tls-cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address.split('%')[0]!));
    const name = hostname().toLowerCase();
    const pems = await generate([{ name: 'commonName', value: `Kasir KKMP ${name}` }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: now,
      notAfterDate: new Date(now.getTime() + VALID_YEARS * 365 * 86_400_000),
      extensions: [
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 2, value: name },
            { type: 2, value: `${name}.local` },
            ...addresses.map((ip) => ({ type: 7 as const, ip })),
          ],
        },
      ],
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert, { mode: 0o600 });
  }
  const cert = readFileSync(certFile, 'utf8');
  return { key: readFileSync(keyFile, 'utf8'), cert, fingerprint: new X509Certificate(cert).fingerprint256 };
}
