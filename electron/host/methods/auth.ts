import { authApi } from '../../../shared/api/auth';
import { login, logout } from '../../services/auth/auth';
import { publicMethod } from '../router';

export const authMethods = {
  'auth.login': publicMethod(authApi['auth.login'], (ctx, input) => login(ctx.core, input.username, input.pin)),
  'auth.logout': publicMethod(authApi['auth.logout'], (ctx) => {
    if (ctx.token) logout(ctx.core, ctx.token);
    return null;
  }),
  'auth.me': publicMethod(authApi['auth.me'], (ctx) => ctx.user),
};
