import { vaultApi } from '../../../shared/api/vault';
import { audit } from '../../services/auth/audit';
import { wrapKeys } from '../../services/privacy/wrappedKey';
import { outletToday, settingOn } from '../../services/settings/settings';
import { storageProblem } from '../../db/storage';
import { actorId, anyCaller, publicMethod } from '../router';

export const vaultMethods = {
  // The CLI (`kkmp key export`) and the manager's screen both come here, so both are audited.
  'keys.export': anyCaller(vaultApi['keys.export'], async (ctx, input) => {
    const wrapped = await wrapKeys(ctx.core.keys, input.passphrase);
    const today = outletToday(ctx.core);
    audit(ctx.core, { userId: actorId(ctx), action: 'keys.export', entity: 'nik_key', details: {} });
    return { wrapped, fileName: `kkmp-kunci-${settingOn(ctx.core, 'outlet.code', today)}-${today}.kkmpkey` };
  }),
  // Asked afresh each time: once the file's permission is fixed a reload clears the warning.
  'storage.status': publicMethod(vaultApi['storage.status'], (ctx) => ({ readOnly: storageProblem(ctx.core.file) !== null })),
};
