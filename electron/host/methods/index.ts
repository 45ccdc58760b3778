// Every API method the host serves. Each feature adds its own methods file and one line here.
import type { Methods } from '../router';
import { authMethods } from './auth';
import { catalogMethods } from './catalog';
import { salesMethods } from './sales';
import { shiftsMethods } from './shifts';

export const allMethods: Methods = {
  ...authMethods,
  ...salesMethods,
  ...shiftsMethods,
  ...catalogMethods,
};
