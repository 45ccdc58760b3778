import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../support/tempHost';
import { kkOf, nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';

// Issue 15 item 17: a usaha mikro is refused by the prohibited flag of its business category, which
// the manager keeps, not by words in its name or description.
let w: LpgWorld;
beforeEach(async () => {
  w = await openLpgWorld();
});
afterEach(() => w.h.dispose());

const usahaMikro = (n: number, extra: Record<string, unknown>) => ({
  nik: nikOf(n),
  kk: kkOf(n),
  name: `Pemilik ${n}`,
  category: 'USAHA_MIKRO',
  nib: '9120001234567',
  ...extra,
});

describe('LPG 3 kg usaha mikro business categories', () => {
  it('"jasa cuci pakaian" named "Laundry Jaya" is refused in category laundry; a warung makan in its category registers', async () => {
    const refused = await errorOf(
      w.kasir('lpg.buyers.register', usahaMikro(21, { businessName: 'Laundry Jaya', businessType: 'jasa cuci pakaian', businessCategory: 'LAUNDRY' })),
    );
    expect(refused).toEqual({ code: 'LPG_BUSINESS_PROHIBITED', params: { businessType: 'Laundry Jaya', rule: 'Laundry / binatu (cuci pakaian)' } });
    // The words "laundry" or "hotel" in a name no longer decide: the category does.
    const ok = await w.kasir<{ buyer: { id: string } }>(
      'lpg.buyers.register',
      usahaMikro(22, { businessName: 'Warung Hotel Pak Din', businessType: 'nasi kuning', businessCategory: 'WARUNG_MAKAN' }),
    );
    expect(ok.buyer.id).toBeTruthy();
    expect(w.h.core.db.prepare('SELECT business_category FROM lpg_buyers WHERE id = ?').pluck().get(ok.buyer.id)).toBe('WARUNG_MAKAN');
    expect(await errorOf(w.kasir('lpg.buyers.register', usahaMikro(23, { businessCategory: 'TAMBANG' })))).toEqual({
      code: 'LPG_BUSINESS_CATEGORY_UNKNOWN',
      params: { code: 'TAMBANG' },
    });
  });

  it('the manajer keeps the list (audited); a kasir may read it but not change it', async () => {
    const list = await w.kasir<{ code: string; prohibited: boolean }[]>('lpg.businessCategories.list', {});
    expect(
      list
        .filter((c) => c.prohibited)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['BATIK', 'HOTEL', 'JASA_LAS', 'LAUNDRY', 'PERTANIAN_NON_SASARAN', 'PETERNAKAN', 'RESTORAN', 'TANI_TEMBAKAU']);
    const keramik = { code: 'KERAMIK', name: 'Pembakaran keramik', prohibited: true, source: 'rapat pengurus 2026-11' };
    expect((await errorOf(w.kasir('lpg.businessCategories.put', keramik))).code).toBe('ROLE_FORBIDDEN');
    await w.manajer('lpg.businessCategories.put', keramik);
    expect((await errorOf(w.kasir('lpg.buyers.register', usahaMikro(24, { businessCategory: 'KERAMIK' })))).code).toBe('LPG_BUSINESS_PROHIBITED');
    await w.manajer('lpg.businessCategories.put', { ...keramik, prohibited: false });
    expect((await w.kasir<{ buyer: { id: string } }>('lpg.buyers.register', usahaMikro(24, { businessCategory: 'KERAMIK' }))).buyer.id).toBeTruthy();
    const audits = w.h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'lpg.business_category.put' ORDER BY id").pluck().all() as string[];
    expect(audits.map((d) => JSON.parse(d) as { prohibited: boolean; before: boolean | null }).map((d) => [d.before, d.prohibited])).toEqual([
      [null, true],
      [true, false],
    ]);
  });
});
