// Calling the serve host's API directly from a test (to set things up, or to check what the core
// recorded), logged in as a demo user.
export type ApiCall = <T = unknown>(method: string, input?: unknown) => Promise<T>;

export async function apiAs(url: string, username: string, pin: string): Promise<ApiCall> {
  const post = async (method: string, input: unknown, token: string | null) => {
    const res = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    const body = (await res.json()) as { ok: boolean; result?: unknown; error?: { code: string; params: unknown } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.code} ${JSON.stringify(body.error?.params)}`);
    return body.result;
  };
  const { token } = (await post('auth.login', { username, pin }, null)) as { token: string };
  return async <T>(method: string, input?: unknown) => (await post(method, input, token)) as T;
}
