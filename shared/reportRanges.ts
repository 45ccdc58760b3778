// The quick ranges of Laporan as business days in the outlet's zone (WITA for Balikpapan): today,
// yesterday, the last 7 days including today, and this month up to today.
export type QuickRange = 'today' | 'yesterday' | 'week' | 'month';

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `today` is the business date now in the outlet's zone (YYYY-MM-DD). */
export function quickRange(range: QuickRange, today: string): { from: string; to: string } {
  if (range === 'today') return { from: today, to: today };
  if (range === 'yesterday') return { from: addDays(today, -1), to: addDays(today, -1) };
  if (range === 'week') return { from: addDays(today, -6), to: today };
  return { from: `${today.slice(0, 7)}-01`, to: today };
}
