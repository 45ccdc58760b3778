// The calibration flow: print the calibration page, the manager answers what came out, and the
// answers become the printer's settings from today (font and so columns, code page, QR and
// barcode mode, cut), audited. Every later struk follows them (electron/services/printing).
import type { CalibrationAnswers } from '../../../shared/api/printing';
import { buildCalibrationPage } from '../../../shared/receipt/calibrationPage';
import type { PrintDocument } from '../../../shared/receipt/document';
import { localDateTime } from '../../../shared/time';
import { findProfile } from '../../../drivers/escpos/profiles';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { outletTimeZone, outletToday, putSetting, setting } from '../settings/settings';

export function calibrationDocument(core: Core): PrintDocument {
  const width = setting(core, 'printer.width');
  const model = setting(core, 'printer.model');
  const fontBColumns = findProfile(model)?.fontBColumns[width] ?? null;
  return buildCalibrationPage({ width, fontBColumns, model, at: localDateTime(core.now(), outletTimeZone(core)) });
}

export function saveCalibration(core: Core, userId: string, answers: CalibrationAnswers): CalibrationAnswers {
  const today = outletToday(core);
  inTransaction(core, () => {
    putSetting(core, 'printer.font', today, answers.fontB ? 'B' : 'A', userId);
    putSetting(core, 'printer.codepage', today, answers.codepage, userId);
    putSetting(core, 'printer.qr_mode', today, answers.qr, userId);
    putSetting(core, 'printer.barcode_mode', today, answers.barcode, userId);
    putSetting(core, 'printer.cut', today, answers.cut, userId);
    audit(core, { userId, action: 'printer.calibration', details: { model: setting(core, 'printer.model'), ...answers } });
  });
  return answers;
}
