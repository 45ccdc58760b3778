import { z } from 'zod';
import { ROLES } from '../roles';
import { Pin, type MethodContract } from './common';

/** Who is logged in: what every screen knows of the user (never the PIN hash). */
export const SessionUser = z.strictObject({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES) });
export type SessionUser = z.infer<typeof SessionUser>;

export const LoginResult = z.strictObject({ token: z.string(), user: SessionUser, expiresAt: z.string() });
export type LoginResult = z.infer<typeof LoginResult>;

export const authApi = {
  'auth.login': {
    input: z.object({ username: z.string().trim().min(1).max(64), pin: Pin }),
    output: LoginResult,
    roles: 'public',
    summary: 'Log in with username and PIN; returns a session token (wrong PINs count towards a lockout).',
  },
  'auth.logout': { input: z.object({}), output: z.null(), roles: 'public', summary: 'End the current session.' },
  'auth.me': { input: z.object({}), output: SessionUser.nullable(), roles: 'public', summary: 'The user of the current session, or null.' },
} satisfies Record<string, MethodContract>;
