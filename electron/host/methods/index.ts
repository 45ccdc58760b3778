// Every API method the host serves. Each feature adds its own methods file and one line here.
import type { Methods } from '../router';
import { authMethods } from './auth';
import { catalogMethods } from './catalog';
import { posMethods } from './pos';
import { lpgMethods } from './lpg';
import { salesMethods } from './sales';
import { shiftsMethods } from './shifts';
import { deliveriesMethods } from './deliveries';
import { stockMethods } from './stock';
import { opnameMethods } from './opname';
import { kartuStokMethods } from './kartuStok';
import { setupMethods } from './setup';
import { exportsMethods } from './exports';
import { catalogAdminMethods } from './catalogAdmin';
import { membersMethods } from './members';
import { printingMethods } from './printing';
import { reportsMethods } from './reports';
import { adminMethods } from './admin';
import { syncMethods } from './sync';
import { devicesMethods } from './devices';
import { booksMethods } from './books';
import { paymentsMethods } from './payments';
import { kasMethods } from './kas';
import { vaultMethods } from './vault';
import { settingsMethods } from './settings';

export const allMethods: Methods = {
  ...authMethods,
  ...salesMethods,
  ...shiftsMethods,
  ...catalogMethods,
  ...posMethods,
  ...deliveriesMethods,
  ...stockMethods,
  ...opnameMethods,
  ...kartuStokMethods,
  ...setupMethods,
  ...exportsMethods,
  ...lpgMethods,
  ...catalogAdminMethods,
  ...membersMethods,
  ...printingMethods,
  ...reportsMethods,
  ...adminMethods,
  ...syncMethods,
  ...devicesMethods,
  ...booksMethods,
  ...paymentsMethods,
  ...kasMethods,
  ...vaultMethods,
  ...settingsMethods,
};
