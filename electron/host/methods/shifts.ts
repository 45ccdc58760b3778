import { shiftsApi } from '../../../shared/api/shifts';
import { closeShift, currentShift, listShifts, openShift, zReport } from '../../services/shifts/shifts';
import { openShiftTerminals } from '../../services/shifts/openShifts';
import { anyCaller, method } from '../router';

export const shiftsMethods = {
  'shifts.open': method(shiftsApi['shifts.open'], (ctx, input) => {
    const shift = openShift(ctx.core, ctx.user, input);
    ctx.events.publish({ type: 'shift.opened', payload: { shiftId: shift.shiftId, terminal: shift.terminal } });
    return shift;
  }),
  'shifts.openTerminals': anyCaller(shiftsApi['shifts.openTerminals'], (ctx) => openShiftTerminals(ctx.core)),
  'shifts.current': method(shiftsApi['shifts.current'], (ctx, input) => currentShift(ctx.core, input.terminal)),
  'shifts.close': method(shiftsApi['shifts.close'], (ctx, input) => {
    const result = closeShift(ctx.core, ctx.user, input);
    ctx.events.publish({ type: 'shift.closed', payload: { shiftId: result.shiftId } });
    return result;
  }),
  'shifts.zReport': method(shiftsApi['shifts.zReport'], (ctx, input) => zReport(ctx.core, input.shiftId)),
  'shifts.list': method(shiftsApi['shifts.list'], (ctx, input) => listShifts(ctx.core, input.from, input.to)),
};
