// A host's own TLS certificate: made once, at its first start, in its data folder (owner-only
// files), self-signed for this machine's names and addresses. Used by the outlet's LAN host and by
// the pusat. Nobody can check it against a public authority, so whoever connects compares (or
// pins) its SHA-256 fingerprint, shown on the console: a terminal's browser once, when pairing; an
// outlet at enrolment, for every later sync.
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface HostCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as colon-separated hex (what browsers show). */
  fingerprint: string;
}

const VALID_YEARS = 10;

/** `prefix` names the files (`<prefix>-tls-key.pem`, `<prefix>-tls-cert.pem`); `product` goes in the common name. */
export async function selfSignedCertificate(dataDir: string, names: { prefix: string; product: string }, now: Date = new Date()): Promise<HostCertificate> {
  const keyFile = join(dataDir, `${names.prefix}-tls-key.pem`);
  const certFile = join(dataDir, `${names.prefix}-tls-cert.pem`);
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address.split('%')[0]!));
    const name = hostname().toLowerCase();
    const pems = await generate([{ name: 'commonName', value: `${names.product} ${name}` }], {
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

/** The outlet's LAN host (`npm run serve -- --lan`). */
export const lanCertificate = (dataDir: string, now?: Date) => selfSignedCertificate(dataDir, { prefix: 'lan', product: 'Kasir KKMP' }, now);

/** The pusat (`npm run pusat -- --https`). */
export const pusatCertificate = (dataDir: string, now?: Date) => selfSignedCertificate(dataDir, { prefix: 'pusat', product: 'Pusat KKMP' }, now);
