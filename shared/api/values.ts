// Value shapes the output schemas share. Outputs are what the core computes, so they are checked
// for shape and kind (whole rupiah, whole milli-units), not for the limits an input must respect.
import { z } from 'zod';

/** Whole rupiah, signed: a difference or a variance may be negative. */
export const Amount = z.number().int();
/** Whole milli-units (grams for weighed goods, 1/1000 piece otherwise), signed. */
export const Milli = z.number().int();
/** A count of things (sales, rows, tabung). */
export const Count = z.number().int().min(0);
export const PayMethod = z.enum(['cash', 'qris', 'transfer']);
export const SoldBy = z.enum(['piece', 'weight']);
/** A refusal or warning as {code, params}; the catalogues in shared/i18n turn it into words. */
export const CodeParams = z.strictObject({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) });
