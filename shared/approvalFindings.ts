// The soft rule findings an APPROVAL_REQUIRED refusal carries (electron/services/sales/sales.ts),
// back as one {code, params} each, so the supervisor prompt can name every one of them.
import type { ErrorParams } from './errors';

export interface Finding {
  code: string;
  params: ErrorParams;
}

export function approvalFindings(params: ErrorParams): Finding[] {
  const codes = typeof params.findings === 'string' && params.findings ? params.findings.split(',') : [];
  return codes.map((code, i) => {
    if (i === 0) {
      const { findings: _f, first: _first, ...own } = params;
      return { code, params: Object.fromEntries(Object.entries(own).filter(([k]) => !/^f\d+\./.test(k))) };
    }
    const prefix = `f${i + 1}.`;
    const own = Object.entries(params).filter(([k]) => k.startsWith(prefix));
    return { code, params: Object.fromEntries(own.map(([k, v]) => [k.slice(prefix.length), v])) };
  });
}
