// The pusat as the central integration tests meet it: a fresh PostgreSQL database, the real HTTP
// face on a free port, the first dinas account made on the server (as `npm run pusat -- add-dinas`
// does), two koperasi of Balikpapan and a pendamping assigned to the first, each signed in over
// the real /api. Tests then enrol real outlets with `kkmp sync --enrol`.
import { openCentral, type CentralHost } from '../../central/host';
import { startCentralHttp } from '../../central/http';
import { createAccount } from '../../central/services/accounts';
import { freshDatabase } from './postgres';

export type Api = <T = unknown>(method: string, input?: unknown) => Promise<T>;

/** Calls the pusat's /api; a refusal throws with its code and params (and the error as `payload`). */
export function apiAt(url: string, token: string | null = null): Api {
  return async <T>(method: string, input: unknown = {}) => {
    const res = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; result?: T; error?: { code: string; params: Record<string, unknown> } };
    if (!body.ok) throw Object.assign(new Error(`${body.error!.code} ${JSON.stringify(body.error!.params)}`), { payload: body.error });
    return body.result as T;
  };
}

export async function signIn(url: string, username: string, password: string): Promise<Api> {
  const { token } = await apiAt(url)<{ token: string }>('auth.login', { username, password });
  return apiAt(url, token);
}

export interface PusatWorld {
  central: CentralHost;
  url: string;
  dinas: Api;
  /** pendamping.rina, assigned to kkmp-graha-indah only. */
  pendamping: Api;
  /** Stops the HTTP face and the host, then drops the database. */
  close(): Promise<void>;
}

export async function openPusatWorld(dbName: string): Promise<PusatWorld> {
  const db = await freshDatabase(dbName);
  const central = await openCentral({ pg: db.url });
  const http = await startCentralHttp(central, { port: 0 });
  const close = async () => {
    await http.app.close();
    await central.close();
    await db.drop();
  };
  try {
    await central.db.tx((sql) =>
      createAccount(sql, { username: 'dinas.bpn', password: 'rahasia-dinas-1', role: 'dinas', kota: 'Balikpapan', createdBy: null }),
    );
    const dinas = await signIn(http.url, 'dinas.bpn', 'rahasia-dinas-1');
    await dinas('koperasi.create', { id: 'kkmp-graha-indah', name: 'KKMP Graha Indah', kelurahan: 'Graha Indah' });
    await dinas('koperasi.create', { id: 'kkmp-karang-joang', name: 'KKMP Karang Joang', kelurahan: 'Karang Joang' });
    await dinas('accounts.createPendamping', { username: 'pendamping.rina', password: 'rahasia-rina-1', koperasiIds: ['kkmp-graha-indah'] });
    const pendamping = await signIn(http.url, 'pendamping.rina', 'rahasia-rina-1');
    return { central, url: http.url, dinas, pendamping, close };
  } catch (e) {
    await close();
    throw e;
  }
}
