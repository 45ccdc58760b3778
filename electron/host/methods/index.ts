// Every API method the host serves. Each feature adds its own methods file and one line here.
import type { Methods } from '../router';
import { authMethods } from './auth';
import { salesMethods } from './sales';

export const allMethods: Methods = {
  ...authMethods,
  ...salesMethods,
};
