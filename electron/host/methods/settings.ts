import { settingsApi } from '../../../shared/api/settings';
import { listSettings, setSetting, showSetting } from '../../services/settings/rulesEditor';
import { actorId, anyCaller } from '../router';

// System callers too: `kkmp settings` goes through the router as the cli caller.
export const settingsMethods = {
  'settings.list': anyCaller(settingsApi['settings.list'], (ctx, input) => listSettings(ctx.core, input.editableOnly)),
  'settings.show': anyCaller(settingsApi['settings.show'], (ctx, input) => showSetting(ctx.core, input.key)),
  'settings.set': anyCaller(settingsApi['settings.set'], (ctx, input) => setSetting(ctx.core, input, actorId(ctx))),
};
