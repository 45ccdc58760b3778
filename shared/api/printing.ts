import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { ALL_ROLES, ErrorBody, Uuid, type MethodContract } from './common';

export const PrinterConfig = z.object({
  /** '' = no printer (preview only), or tcp://HOST:PORT, file:/dev/usb/lp0, serial:PATH?baud=N, windows:NAME. */
  uri: z.string().trim().max(300),
  width: z.union([z.literal(58), z.literal(80)]),
  model: z.string().trim().min(1).max(64),
  qr: z.boolean().optional(),
});
export type PrinterConfig = z.infer<typeof PrinterConfig>;

/** The manager's answers to the calibration page (print.calibration): saved as the printer's profile. */
export const CalibrationAnswers = z.object({
  /** Section 1: the font B ruler (42 columns on 58 mm) came out on one line. */
  fontB: z.boolean(),
  /** Section 2: the code page whose sample line showed the accents right, or 'auto'. */
  codepage: z.enum(['auto', 'cp437', 'cp850', 'cp858', 'windows1252']),
  /** Section 3: which QR scanned: the printer's own (native) or only the image (raster). */
  qr: z.enum(['native', 'raster']),
  /** Section 4: the barcode came out (native) or not (raster fallback). */
  barcode: z.enum(['native', 'raster']),
  /** Section 5: how the paper was cut. */
  cut: z.enum(['partial', 'full', 'none']),
});
export type CalibrationAnswers = z.infer<typeof CalibrationAnswers>;

export const PrintJobView = z.strictObject({
  id: z.number().int(),
  printer: z.string(),
  title: z.string(),
  status: z.enum(['queued', 'printing', 'done', 'failed']),
  bytesTotal: z.number().int(),
  bytesWritten: z.number().int(),
  error: ErrorBody.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type PrintJobView = z.infer<typeof PrintJobView>;

export const PrintPreview = z.strictObject({
  title: z.string(),
  /** The text the printer gets, decoded back from the ESC/POS bytes. */
  lines: z.array(z.string()),
  /** data:image/png;base64,... of the paper. */
  png: z.string(),
});
export type PrintPreview = z.infer<typeof PrintPreview>;

/**
 * What a print call returns. `job` is null when no printer is configured (the preview is the
 * receipt); a failed job has status 'failed' and its error: the screen offers "Cetak ulang".
 * A print call never fails because the printer did: the sale is already committed.
 */
export const PrintOutcome = z.strictObject({ job: PrintJobView.nullable(), preview: PrintPreview });
export type PrintOutcome = z.infer<typeof PrintOutcome>;

const PrinterModel = z.strictObject({ id: z.string(), name: z.string() });

/** The printer settings as they apply today (receipt QR included). */
const PrinterConfigApplied = z.strictObject({ uri: z.string(), width: z.union([z.literal(58), z.literal(80)]), model: z.string(), qr: z.boolean() });
/** ... plus the models the encoder knows, for the settings form. */
/** What the calibration answers resolve to for the configured model ('auto' worked out). */
const CalibrationView = z.strictObject({
  font: z.enum(['A', 'B']),
  columns: z.number().int(),
  codepage: z.string(),
  qr: z.enum(['native', 'raster']),
  barcode: z.enum(['native', 'raster']),
  cut: z.enum(['partial', 'full', 'none']),
  fontBAvailable: z.number().int().nullable(),
});
const PrinterConfigView = PrinterConfigApplied.extend({ models: z.array(PrinterModel), calibration: CalibrationView });

/** DLE EOT answers: `raw` holds the bytes for n=1 (printer) and n=4 (paper sensor). */
export const PrinterStatus = z.strictObject({ online: z.boolean(), paperOut: z.boolean(), raw: z.array(z.number().int()) });

export const FoundDevice = z.strictObject({ kind: z.enum(['printer', 'scanner', 'printer-or-scanner']), uri: z.string(), label: z.string() });

export const printingApi = {
  'printer.config.get': {
    input: z.object({}),
    output: PrinterConfigView,
    roles: ALL_ROLES,
    summary: 'The receipt printer settings (address, paper width, model) and the known printer models.',
  },
  'printer.config.set': {
    input: PrinterConfig,
    output: PrinterConfigApplied,
    roles: MANAGER_ROLES,
    summary: 'Set the receipt printer (address, 58/80 mm, model) from today; an empty address means preview only.',
  },
  'printer.status': {
    input: z.object({}),
    output: PrinterStatus.nullable(),
    roles: ALL_ROLES,
    summary: 'Ask the printer for its real-time status (DLE EOT); null when it does not answer or none is set.',
  },
  'printer.discover': {
    input: z.object({
      tcpHosts: z
        .array(
          z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, 'host or host:port'),
        )
        .max(16)
        .optional(),
    }),
    output: z.array(FoundDevice),
    roles: MANAGER_ROLES,
    summary: 'Find printers and scanners: usblp device files, serial ports, HID-POS scanners, and network printers at the given addresses (port 9100).',
  },
  'print.sale': {
    input: z.object({ saleId: Uuid }),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary:
      'Print the struk of a committed sale: the first print is the original (opens the drawer for cash), any later one a SALINAN / COPY without the drawer (audited); never fails the sale, returns the job and a preview.',
  },
  'print.reprint': {
    input: z.object({ saleId: Uuid }),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary: 'Cetak ulang: print the struk again marked SALINAN / COPY, without opening the drawer (audited).',
  },
  'print.zReport': {
    input: z.object({ shiftId: z.string().min(1).max(64) }),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary: 'Print the Z report (X report while open) of a shift.',
  },
  'print.memberCard': {
    input: z.object({ memberId: z.string().min(1).max(64) }),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary: 'Print a member card with its CODE128 barcode.',
  },
  'print.shuSlip': {
    input: z.object({ runId: z.string().min(1).max(64), memberId: z.string().min(1).max(64) }),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary: 'Print the SHU slip of one member from an SHU run (jasa usaha, jasa modal, withheld, paid out).',
  },
  'print.testPage': {
    input: z.object({}),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary: 'Print the test page: a ruler of the column width, a barcode and a QR code.',
  },
  'print.preview': {
    input: z.object({ saleId: Uuid.optional() }),
    output: PrintPreview,
    roles: ALL_ROLES,
    summary: 'The struk of a sale as text + PNG without printing, or (no saleId) the last printed job.',
  },
  'print.calibration': {
    input: z.object({}),
    output: PrintOutcome,
    roles: MANAGER_ROLES,
    summary: 'Print the calibration page: rulers (font A, font B), code page samples, a native QR beside an image QR, a barcode and a cut.',
  },
  'printer.calibration.save': {
    input: CalibrationAnswers,
    output: CalibrationAnswers,
    roles: MANAGER_ROLES,
    summary: 'Save what the calibration page showed (font B fits, code page, QR and barcode mode, cut) as the printer profile from today (audited).',
  },
  'print.jobs': {
    input: z.object({}),
    output: z.array(PrintJobView),
    roles: ALL_ROLES,
    summary: 'Recent print jobs with their status (done / failed with bytes written).',
  },
  'drawer.open': {
    input: z.object({ reason: z.string().trim().min(1).max(200) }),
    output: z.strictObject({ job: PrintJobView.nullable() }),
    roles: ALL_ROLES,
    summary: 'Open the cash drawer without a sale (reason required, audited).',
  },
} satisfies Record<string, MethodContract>;
