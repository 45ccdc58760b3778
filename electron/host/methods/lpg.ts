import { lpgApi } from '../../../shared/api/lpg';
import { findBuyer, getBuyer, importBuyersCsv, registerBuyer, updateBuyerStatus } from '../../services/lpg/buyers';
import { listBusinessCategories, putBusinessCategory } from '../../services/lpg/businessCategories';
import { logbookFile } from '../../services/lpg/logbookExport';
import { closeDay, enterMapCount, logbook, setMapStatus } from '../../services/lpg/mapLogbook';
import { activateProfile, profileStatus } from '../../services/lpg/profiles';
import { lpgStatus } from '../../services/lpg/status';
import { anyCaller, method } from '../router';

export const lpgMethods = {
  'lpg.businessCategories.list': method(lpgApi['lpg.businessCategories.list'], (ctx) => listBusinessCategories(ctx.core)),
  'lpg.businessCategories.put': method(lpgApi['lpg.businessCategories.put'], (ctx, input) => putBusinessCategory(ctx.core, input, ctx.user.id)),
  'lpg.buyers.register': method(lpgApi['lpg.buyers.register'], (ctx, input) => registerBuyer(ctx.core, input, ctx.user.id)),
  'lpg.buyers.find': method(lpgApi['lpg.buyers.find'], (ctx, input) => findBuyer(ctx.core, input.nik)),
  'lpg.buyers.get': method(lpgApi['lpg.buyers.get'], (ctx, input) => getBuyer(ctx.core, input.buyerId)),
  'lpg.buyers.setStatus': method(lpgApi['lpg.buyers.setStatus'], (ctx, input) => updateBuyerStatus(ctx.core, input.buyerId, input, ctx.user.id)),
  'lpg.buyers.import': method(lpgApi['lpg.buyers.import'], (ctx, input) => importBuyersCsv(ctx.core, input.csv, ctx.user.id)),
  'lpg.profile.activate': method(lpgApi['lpg.profile.activate'], (ctx, input) => activateProfile(ctx.core, input.profile, input.validFrom, ctx.user.id)),
  'lpg.profile.get': method(lpgApi['lpg.profile.get'], (ctx, input) => profileStatus(ctx.core, input.date)),
  'lpg.status': method(lpgApi['lpg.status'], (ctx) => lpgStatus(ctx.core)),
  'lpg.map.set': method(lpgApi['lpg.map.set'], (ctx, input) => setMapStatus(ctx.core, ctx.user, input)),
  'lpg.logbook': method(lpgApi['lpg.logbook'], (ctx, input) => logbook(ctx.core, ctx.user, input)),
  // A system caller (the CLI) gets the masked logbook; full NIKs need a manager's own session.
  'lpg.logbook.export': anyCaller(lpgApi['lpg.logbook.export'], (ctx, input) => logbookFile(ctx.core, ctx.user, input)),
  'lpg.map.count': method(lpgApi['lpg.map.count'], (ctx, input) => enterMapCount(ctx.core, ctx.user, input.date, input.mapCount)),
  'lpg.day.close': method(lpgApi['lpg.day.close'], (ctx, input) => closeDay(ctx.core, ctx.user, input.date, input.reason)),
};
