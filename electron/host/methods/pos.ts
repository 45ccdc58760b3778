import { posApi } from '../../../shared/api/pos';
import { counterInfo } from '../../services/settings/counterInfo';
import { method } from '../router';

export const posMethods = {
  'pos.info': method(posApi['pos.info'], (ctx) => counterInfo(ctx.core)),
};
