import { z } from 'zod';
import { Pin, type MethodContract } from './common';

export const authApi = {
  'auth.login': { input: z.object({ username: z.string().trim().min(1).max(64), pin: Pin }), roles: 'public' },
  'auth.logout': { input: z.object({}), roles: 'public' },
  'auth.me': { input: z.object({}), roles: 'public' },
} satisfies Record<string, MethodContract>;
