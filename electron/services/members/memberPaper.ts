// Member card and SHU slip as print documents, laid out by the receipt layouts in shared/receipt
// (the printer driver turns them into ESC/POS bytes).
import { formatRupiah } from '../../../shared/money';
import type { PaperWidth, PrintDocument } from '../../../shared/receipt/document';
import { buildMemberCard, buildShuSlip } from '../../../shared/receipt/memberSlips';
import type { Core } from '../core';
import { memberCard } from './members';
import { shuSlip } from './shuRuns';

export function memberCardDocument(core: Core, memberId: string, width: PaperWidth): PrintDocument {
  const c = memberCard(core, memberId);
  return buildMemberCard({ outletName: c.outletName, memberNo: c.memberNo, memberName: c.name, cardCode: c.cardCode, joinDate: c.joinDate }, width);
}

export function shuSlipDocument(core: Core, runId: string, memberId: string, width: PaperWidth): PrintDocument {
  const s = shuSlip(core, runId, memberId);
  const paid = s.paid
    ? s.paid.method === 'cash'
      ? `Dibayar tunai ${s.paid.paidAt.slice(0, 10)}`
      : `Masuk simpanan sukarela ${s.paid.paidAt.slice(0, 10)}`
    : s.status === 'draft'
      ? 'DRAF: belum disetujui RAT'
      : undefined;
  const tax = s.withheld > 0 ? `Pajak dipotong ${formatRupiah(s.withheld)}; diterima ${formatRupiah(s.payout)}` : null;
  return buildShuSlip(
    {
      outletName: s.outletName,
      year: s.year,
      memberNo: s.memberNo,
      memberName: s.name,
      purchases: s.purchaseBasis,
      savings: s.savingsBasis,
      jasaUsaha: s.jasaUsaha,
      jasaModal: s.jasaModal,
      total: s.total,
      note: [tax, paid].filter(Boolean).join('. ') || undefined,
    },
    width,
  );
}
