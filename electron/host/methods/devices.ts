import { devicesApi } from '../../../shared/api/devices';
import { issuePairingCode, listDevices, revokeDevice } from '../../services/devices/pairing';
import { method } from '../router';

export const devicesMethods = {
  'devices.pairingCode': method(devicesApi['devices.pairingCode'], (ctx) => issuePairingCode(ctx.core, ctx.user.id)),
  'devices.list': method(devicesApi['devices.list'], (ctx) => listDevices(ctx.core)),
  'devices.revoke': method(devicesApi['devices.revoke'], (ctx, input) => {
    revokeDevice(ctx.core, input.deviceId, ctx.user.id);
    return null;
  }),
};
