import { setupApi } from '../../../shared/api/setup';
import { initializeFile, initializeOutlet, seedDemoOutlet, setupStatus } from '../../services/settings/setup';
import { checkSetupCode, spendSetupCode } from '../../services/settings/setupCode';
import { anyCaller, publicMethod } from '../router';

export const setupMethods = {
  'setup.status': publicMethod(setupApi['setup.status'], (ctx) => setupStatus(ctx.core)),
  'setup.initialize': publicMethod(setupApi['setup.initialize'], (ctx, input) => {
    if (!setupStatus(ctx.core).needsSetup) return initializeOutlet(ctx.core, input); // SETUP_ALREADY_DONE
    checkSetupCode(ctx.core, input.setupCode);
    const result = initializeOutlet(ctx.core, input);
    spendSetupCode(ctx.core);
    return result;
  }),
  'setup.initFile': anyCaller(setupApi['setup.initFile'], (ctx, input) => initializeFile(ctx.core, input)),
  'setup.seedDemo': anyCaller(setupApi['setup.seedDemo'], (ctx, input) => seedDemoOutlet(ctx.core, input)),
};
