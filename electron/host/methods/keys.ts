import { keysApi } from '../../../shared/api/keys';
import { audit } from '../../services/auth/audit';
import { wrapKeys } from '../../services/privacy/wrappedKey';
import { outletToday, settingOn } from '../../services/settings/settings';
import { actorId, anyCaller } from '../router';

export const keysMethods = {
  // The CLI (`kkmp key export`) and the manager's screen both come here, so both are audited.
  'keys.export': anyCaller(keysApi['keys.export'], async (ctx, input) => {
    const wrapped = await wrapKeys(ctx.core.keys, input.passphrase);
    const today = outletToday(ctx.core);
    audit(ctx.core, { userId: actorId(ctx), action: 'keys.export', entity: 'nik_key', details: {} });
    return { wrapped, fileName: `kkmp-kunci-${settingOn(ctx.core, 'outlet.code', today)}-${today}.kkmpkey` };
  }),
};
