// Who is logged in, shared by the cashier and office screens. The session token survives a reload
// (the client keeps it); auth.me confirms it on start.
import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { ApiError, type ApiClient, type HostEvent } from './api';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface Session {
  api: ApiClient;
  user: SessionUser | null;
  /** True until auth.me has answered after start. */
  checking: boolean;
  login(username: string, pin: string): Promise<SessionUser>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ api: raw, children }: { api: ApiClient; children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  // A session that ended on the host (expired, logged out elsewhere) brings back the login
  // screen; the cart stays in the browser and is there again after the next login.
  const api = useMemo<ApiClient>(
    () => ({
      ...raw,
      async call<R>(method: string, input?: unknown): Promise<R> {
        try {
          return await raw.call<R>(method, input);
        } catch (e) {
          if (e instanceof ApiError && e.code === 'AUTH_REQUIRED' && raw.token()) {
            raw.setToken(null);
            setUser(null);
          }
          throw e;
        }
      },
    }),
    [raw],
  );
  const [checking, setChecking] = useState(() => api.token() !== null);

  useEffect(() => {
    if (!api.token()) return;
    let alive = true;
    const check = (attempt: number) => {
      api
        .call<SessionUser | null>('auth.me')
        .then((me) => {
          if (!alive) return;
          if (!me) api.setToken(null);
          setUser(me);
          setChecking(false);
        })
        .catch((e) => {
          if (!alive) return;
          // The host may still be starting: keep the token and ask again.
          if (e instanceof ApiError && e.offline && attempt < 20) setTimeout(() => check(attempt + 1), 1000);
          else setChecking(false);
        });
    };
    check(0);
    return () => {
      alive = false;
    };
  }, [api]);

  const login = useCallback(
    async (username: string, pin: string) => {
      const result = await api.call<{ token: string; user: SessionUser }>('auth.login', { username, pin });
      api.setToken(result.token);
      setUser(result.user);
      return result.user;
    },
    [api],
  );

  const logout = useCallback(async () => {
    try {
      await api.call('auth.logout');
    } catch {
      // logging out locally is what matters at the counter
    }
    api.setToken(null);
    setUser(null);
  }, [api]);

  const value = useMemo<Session>(() => ({ api, user, checking, login, logout }), [api, user, checking, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The API client, for screens: `const api = useApi(); await api.call('catalog.search', {...})`. */
export function useApi(): ApiClient {
  return useSession().api;
}

/** Calls `listener` with every event the host pushes while the component is mounted; the listener
 * always sees the component's latest state. */
export function useHostEvents(listener: (event: HostEvent) => void): void {
  const api = useApi();
  const onEvent = useEffectEvent(listener);
  useEffect(() => api.subscribe((event) => onEvent(event)), [api]);
}
