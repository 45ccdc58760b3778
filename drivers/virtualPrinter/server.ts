// The virtual printer: a raw TCP printer on 127.0.0.1 that keeps every job, decodes it with our
// tokenizer and draws a PNG preview. The same port answers HTTP (a connection that starts with
// "GET "), so tests and developers can read what was printed:
//   GET /jobs            -> [{ id, receivedAt, bytes, lines, barcodes, qrcodes, pulses, cuts }]
//   GET /jobs/last       -> the newest job         GET /jobs/N/png -> its preview image
//   DELETE /jobs         -> forget all jobs (test isolation)
// It answers DLE EOT status requests like a healthy printer (online, paper present).
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJob, type DecodedJob } from '../escpos/tokenizer';
import { renderJobPng } from './renderPng';

export interface VirtualJob extends DecodedJob {
  id: number;
  receivedAt: string;
  bytes: number;
}

export interface VirtualPrinter {
  port: number;
  url: string;
  jobs(): VirtualJob[];
  png(id: number): Buffer | null;
  /** Resolves with the next job that arrives (tests). */
  nextJob(): Promise<VirtualJob>;
  close(): Promise<void>;
}

export interface VirtualPrinterOptions {
  port?: number;
  host?: string;
  /** Columns for the preview image (32 for 58 mm, 48 for 80 mm). */
  columns?: number;
  /** When set, each job is also written as job-N.bin / .txt / .png here. */
  dir?: string;
}

const HTTP_START = /^(GET|HEAD|DELETE|OPTIONS) /;

export async function startVirtualPrinter(o: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const columns = o.columns ?? 48;
  const jobs: (VirtualJob & { raw: Buffer })[] = [];
  const waiters: ((job: VirtualJob) => void)[] = [];
  let nextId = 1;
  if (o.dir) mkdirSync(o.dir, { recursive: true });

  const publicJob = ({ raw: _raw, ...job }: VirtualJob & { raw: Buffer }): VirtualJob => job;

  const store = (raw: Buffer) => {
    const job = { ...decodeJob(raw), id: nextId++, receivedAt: new Date().toISOString(), bytes: raw.length, raw };
    jobs.push(job);
    if (o.dir) {
      const base = join(o.dir, `job-${String(job.id).padStart(4, '0')}`);
      writeFileSync(`${base}.bin`, raw);
      writeFileSync(`${base}.txt`, `${job.lines.join('\n')}\n`);
      writeFileSync(`${base}.png`, renderJobPng(job, columns));
    }
    for (const w of waiters.splice(0)) w(publicJob(job));
  };

  const http = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' });
      res.end(type === 'application/json' ? JSON.stringify(body) : (body as Buffer));
    };
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'DELETE' && path === '/jobs') {
      jobs.length = 0;
      return send(200, { ok: true });
    }
    if (path === '/jobs') return send(200, jobs.map(publicJob));
    const m = /^\/jobs\/(last|\d+)(\/png)?$/.exec(path);
    const job = m ? (m[1] === 'last' ? jobs.at(-1) : jobs.find((j) => j.id === Number(m[1]))) : undefined;
    if (!job) return send(404, { error: 'not found' });
    if (m![2]) return send(200, renderJobPng(job, columns), 'image/png');
    return send(200, publicJob(job));
  });

  const open = new Set<Socket>();
  const server: Server = createServer((socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    const parts: Buffer[] = [];
    let decided = false;
    socket.on('data', (d: Buffer) => {
      if (!decided) {
        decided = true;
        if (HTTP_START.test(d.subarray(0, 8).toString('latin1'))) {
          socket.removeAllListeners('data');
          socket.pause();
          socket.unshift(d);
          http.emit('connection', socket);
          socket.resume();
          return;
        }
      }
      parts.push(d);
      // Real-time status: DLE EOT n -> online, no error, paper present.
      for (let i = 0; i + 2 < d.length; i++) if (d[i] === 0x10 && d[i + 1] === 0x04) socket.write(Buffer.from([d[i + 2] === 4 ? 0x12 : 0x16]));
    });
    socket.on('end', () => {
      const raw = Buffer.concat(parts);
      if (decided && raw.length > 0 && !isOnlyStatusRequests(raw)) store(raw);
      socket.end();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://${o.host ?? '127.0.0.1'}:${port}`,
    jobs: () => jobs.map(publicJob),
    png: (id) => {
      const job = jobs.find((j) => j.id === id);
      return job ? renderJobPng(job, columns) : null;
    },
    nextJob: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        http.close();
        server.close(() => resolve());
        for (const s of open) s.destroy();
      }),
  };
}

/** A connection that only asked for status is not a print job. */
function isOnlyStatusRequests(raw: Buffer): boolean {
  if (raw.length % 3 !== 0) return false;
  for (let i = 0; i < raw.length; i += 3) if (raw[i] !== 0x10 || raw[i + 1] !== 0x04) return false;
  return true;
}
