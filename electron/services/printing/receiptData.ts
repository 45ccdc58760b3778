// Gathers what a struk shows from the database: the sale (loadSale), the outlet identity and
// receipt texts in force on the sale's business date (a reprint shows what the original showed),
// the cashier's name, the member number, each line's subsidy program and tax status, and the
// masked NIK + category of the LPG buyer when the LPG tables are there.
import type { PaperWidth } from '../../../shared/receipt/document';
import type { OutletProfile } from '../../../shared/receipt/outlet';
import type { ReceiptLine, SaleReceiptInput } from '../../../shared/receipt/saleReceipt';
import type { Core } from '../core';
import { loadSale } from '../sales/sales';
import { outletTimeZone, settingOn, settingsOn } from '../settings/settings';
import { userBrief } from '../auth/usersRepo';
import { memberNikLast4, memberNoOf } from '../members/membersRepo';

const CATEGORY_SHORT: Record<string, string> = { RUMAH_TANGGA: 'RT', USAHA_MIKRO: 'UM', NELAYAN_SASARAN: 'Nelayan', PETANI_SASARAN: 'Petani' };

const PROFILE_FIELDS = {
  name: 'outlet.name',
  badanHukumNo: 'outlet.badan_hukum_no',
  nib: 'outlet.nib',
  npwp: 'outlet.npwp',
  address: 'outlet.address',
  header: 'receipt.header',
  footer: 'receipt.footer',
} as const;

export function outletProfile(core: Core, date: string): OutletProfile {
  return { ...settingsOn(core, PROFILE_FIELDS, date), timeZone: outletTimeZone(core) };
}

function tableExists(core: Core, name: string): boolean {
  return core.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * The identified SPHP buyer of a sale (subsidy_sale_log key `m:<memberId>` or `n:<NIK hash>`):
 * the last four NIK digits from the member register or the LPG buyer register, when known.
 */
function sphpBuyerOf(core: Core, saleId: string): { nikLast4: string; category: string } | null {
  if (!tableExists(core, 'subsidy_sale_log')) return null;
  const key = core.db.prepare("SELECT buyer_key FROM subsidy_sale_log WHERE sale_id = ? AND program = 'SPHP'").pluck().get(saleId) as string | undefined;
  if (!key) return null;
  const id = key.slice(2);
  const last4 = key.startsWith('m:')
    ? memberNikLast4(core, { id })
    : (memberNikLast4(core, { nikHash: id }) ??
      (tableExists(core, 'lpg_buyers')
        ? (core.db.prepare('SELECT nik_last4 FROM lpg_buyers WHERE nik_hash = ?').pluck().get(id) as string | undefined)
        : undefined));
  return last4 ? { nikLast4: last4, category: key.startsWith('m:') ? 'anggota' : 'pembeli' } : null;
}

export function saleReceiptInput(core: Core, saleId: string, options: { copy: boolean; width: PaperWidth; columns?: number }): SaleReceiptInput {
  const { replayed: _replayed, ...sale } = loadSale(core, saleId, false);
  const date = sale.businessDate;
  const extras = new Map(
    (
      core.db
        .prepare(
          `SELECT l.line_no AS lineNo, p.subsidy_program AS program, COALESCE(c.tax_status, 'TAXABLE') AS tax
         FROM sale_lines l JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id WHERE l.sale_id = ?`,
        )
        .all(saleId) as { lineNo: number; program: ReceiptLine['subsidyProgram']; tax: ReceiptLine['taxStatus'] }[]
    ).map((r) => [r.lineNo, r]),
  );
  const buyers = new Map<number, { nikLast4: string; category: string }>();
  if (tableExists(core, 'lpg_sale_lines')) {
    const rows = core.db
      .prepare(
        'SELECT ls.line_no AS lineNo, b.nik_last4 AS nikLast4, ls.category FROM lpg_sale_lines ls JOIN lpg_buyers b ON b.id = ls.buyer_id WHERE ls.sale_id = ?',
      )
      .all(saleId) as { lineNo: number; nikLast4: string; category: string }[];
    for (const r of rows) buyers.set(r.lineNo, { nikLast4: r.nikLast4, category: CATEGORY_SHORT[r.category] ?? r.category });
  }
  const sphpBuyer = sphpBuyerOf(core, saleId);
  if (sphpBuyer) for (const [lineNo, e] of extras) if (e.program === 'SPHP' && !buyers.has(lineNo)) buyers.set(lineNo, sphpBuyer);
  const cashier = userBrief(core, sale.cashierId)?.displayName;
  const memberNo = sale.memberId ? (memberNoOf(core, sale.memberId) ?? null) : null;
  return {
    sale: {
      ...sale,
      lines: sale.lines.map((l) => ({
        ...l,
        subsidyProgram: extras.get(l.lineNo)?.program ?? 'NONE',
        taxStatus: extras.get(l.lineNo)?.tax ?? 'TAXABLE',
        buyer: buyers.get(l.lineNo) ?? null,
      })),
    },
    outlet: outletProfile(core, date),
    texts: { subsidyNotice: settingOn(core, 'receipt.subsidy_notice', date), lpgComplaint: settingOn(core, 'receipt.lpg_complaint', date) },
    cashierName: cashier ?? sale.cashierId,
    memberNo,
    width: options.width,
    ...(options.columns ? { columns: options.columns } : {}),
    copy: options.copy,
    qr: settingOn(core, 'receipt.qr', date),
    tax: { isPkp: settingOn(core, 'tax.is_pkp', date), ppnRatePct: settingOn(core, 'tax.ppn_rate_effective_pct', date) },
  };
}
