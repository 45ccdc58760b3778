// Who is logged in, shared by the cashier and office screens. The session token survives a reload
// (the transport keeps it); auth.me confirms it on start.
import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import type { Send } from '../../shared/api/client';
import type { HostEvent } from '../../shared/events';
import { ApiError, createApi, type Api } from './api';
import type { Transport } from './transport';
import type { SessionUser } from '../../shared/api/auth';
export type { SessionUser };

export interface Session {
  api: Api;
  subscribe: Transport['subscribe'];
  user: SessionUser | null;
  /** True until auth.me has answered after start. */
  checking: boolean;
  login(username: string, pin: string): Promise<SessionUser>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ transport, children }: { transport: Transport; children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  // A session that ended on the host (expired, logged out elsewhere) brings back the login
  // screen; the cart stays in the browser and is there again after the next login.
  const api = useMemo(() => {
    const send: Send = async (method, input) => {
      try {
        return await transport.send(method, input);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'AUTH_REQUIRED' && transport.token()) {
          transport.setToken(null);
          setUser(null);
        }
        throw e;
      }
    };
    return createApi(send);
  }, [transport]);
  const [checking, setChecking] = useState(() => transport.token() !== null);

  useEffect(() => {
    if (!transport.token()) return;
    let alive = true;
    const check = (attempt: number) => {
      api.auth
        .me({})
        .then((me) => {
          if (!alive) return;
          if (!me) transport.setToken(null);
          setUser(me as SessionUser | null);
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
  }, [api, transport]);

  const login = useCallback(
    async (username: string, pin: string) => {
      const result = await api.auth.login({ username, pin });
      transport.setToken(result.token);
      setUser(result.user);
      return result.user;
    },
    [api, transport],
  );

  const logout = useCallback(async () => {
    try {
      await api.auth.logout({});
    } catch {
      // logging out locally is what matters at the counter
    }
    transport.setToken(null);
    setUser(null);
  }, [api, transport]);

  const value = useMemo<Session>(
    () => ({ api, subscribe: transport.subscribe, user, checking, login, logout }),
    [api, transport, user, checking, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The API for screens: `const api = useApi(); await api.catalog.search({...})`. */
export function useApi(): Api {
  return useSession().api;
}

/** Calls `listener` with every event the host pushes while the component is mounted; the listener
 * always sees the component's latest state. */
export function useHostEvents(listener: (event: HostEvent) => void): void {
  const { subscribe } = useSession();
  const onEvent = useEffectEvent(listener);
  useEffect(() => subscribe((event) => onEvent(event)), [subscribe]);
}
