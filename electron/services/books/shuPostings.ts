// The SHU run's entries, made inside the run's own approval and payout transactions.
import { shuAppropriationPosting, shuCashPayoutPosting } from '../../../shared/books/shuPosting';
import type { ShuResult } from '../../../shared/shu';
import type { Core } from '../core';
import { outletToday } from '../settings/settings';
import { postEntry } from './journal';

type Summary = Pick<ShuResult, 'year' | 'surplus' | 'villageShare' | 'funds' | 'cadanganTotal' | 'totals'>;

/** Approval appropriates the run's surplus on the day of approval (the RAT, after the year closed). */
export function postShuAppropriation(core: Core, runId: string, r: Summary, userId: string | null): void {
  postEntry(core, {
    date: outletToday(core),
    docType: 'shu_run',
    docId: runId,
    memo: `Pembagian SHU tahun ${r.year}`,
    parts: shuAppropriationPosting(r),
    userId,
  });
}

export function postShuCashPayout(core: Core, runId: string, memberId: string, memberNo: string, amount: number, userId: string | null): void {
  postEntry(core, {
    date: outletToday(core),
    docType: 'shu_payout',
    docId: `${runId}#${memberId}`,
    memo: `Pembayaran SHU anggota ${memberNo}`,
    parts: shuCashPayoutPosting(amount),
    userId,
  });
}
