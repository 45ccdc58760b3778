import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHost, type Host } from '../../electron/host/host';
import { seedDemo } from '../../electron/services/demo';
import { seedMembersDemo } from '../../electron/services/demo/members';
import { previewShu } from '../../electron/services/members/shuRuns';
import { wajibArrears } from '../../electron/services/members/simpanan';
import { membershipFigure } from '../../electron/services/members/members';
import { verifyDatabase } from '../../electron/services/backup/verify';
import { testKeys } from '../support/tempHost';

// The demo outlet is a month of selling written through the real services: 20–40 s alone, well
// over a minute when CI runs other test files beside it; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const dir = mkdtempSync(join(tmpdir(), 'kkmp-members-demo-'));
let host: Host;

beforeAll(() => {
  const clock = { now: new Date() };
  host = openHost({ dbFile: join(dir, 'demo.sqlite'), create: true, keys: testKeys(), now: () => clock.now });
  seedDemo(host.core, clock, { until: '2026-11-20', days: 10, realNow: new Date('2026-11-20T23:00:00+08:00') }, [seedMembersDemo]);
});
afterAll(() => {
  host.close();
  rmSync(dir, { recursive: true, force: true });
});

const one = (sql: string) => host.core.db.prepare(sql).pluck().get();

describe('demo members (seed --demo)', () => {
  it('has members with simpanan, some behind on wajib, and member purchases in every month of the year', () => {
    expect(one('SELECT COUNT(*) FROM members')).toBe(40);
    expect(one("SELECT COUNT(*) FROM simpanan_entries WHERE kind = 'pokok'")).toBe(40);
    expect(one("SELECT COUNT(DISTINCT substr(business_date, 1, 7)) FROM sales WHERE member_id IS NOT NULL AND business_date LIKE '2026-%'")).toBe(11);
    const ids = host.core.db.prepare('SELECT id FROM members').pluck().all() as string[];
    const behind = ids.filter((id) => wajibArrears(host.core, id, '2026-11-20').arrears > 0);
    expect(behind.length).toBeGreaterThanOrEqual(4);
    expect(membershipFigure(host.core)).toMatchObject({ activeMembers: 40, kelurahanKkCount: 1200, targetMembers: 120, reached: false });
    expect(verifyDatabase(host.core.db)).toEqual([]);
  });

  it('gives a SHU of the year that shares every part exactly among the members', () => {
    const run = previewShu(host.core, 2026, 25_000_000);
    expect(run.members).toHaveLength(40);
    expect(run.members.filter((m) => m.purchaseBasis > 0).length).toBeGreaterThan(35);
    expect(run.nonMemberShare).toBeGreaterThan(0);
    expect(run.totals.jasaUsaha).toBe(run.funds.find((f) => f.key === 'jasaUsaha')!.amount);
    expect(run.totals.jasaModal).toBe(run.funds.find((f) => f.key === 'jasaModal')!.amount);
  });
});
