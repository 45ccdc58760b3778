import { z } from 'zod';
import { Pin, type MethodContract } from './common';

export const authApi = {
  'auth.login': { input: z.object({ username: z.string().trim().min(1).max(64), pin: Pin }), roles: 'public', summary: 'Log in with username and PIN; returns a session token (wrong PINs count towards a lockout).' },
  'auth.logout': { input: z.object({}), roles: 'public', summary: 'End the current session.' },
  'auth.me': { input: z.object({}), roles: 'public', summary: 'The user of the current session, or null.' },
} satisfies Record<string, MethodContract>;
