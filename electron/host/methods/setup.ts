import { setupApi } from '../../../shared/api/setup';
import { initializeOutlet, setupStatus } from '../../services/settings/setup';
import { publicMethod } from '../router';

export const setupMethods = {
  'setup.status': publicMethod(setupApi['setup.status'], (ctx) => setupStatus(ctx.core)),
  'setup.initialize': publicMethod(setupApi['setup.initialize'], (ctx, input) => initializeOutlet(ctx.core, input)),
};
