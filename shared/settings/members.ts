// Members, simpanan and SHU (docs/domain/members-and-shu.md): amounts and the allocation come
// from the koperasi's AD/ART and RAT, never from the software.
import { z } from 'zod';
import { FUND_KEYS } from '../shu';
import { ADART, Count, def, Flag, PositiveCount, Percent, regulation, Rupiah } from './define';

const Allocation = z.object(Object.fromEntries(FUND_KEYS.map((k) => [k, Percent])) as Record<(typeof FUND_KEYS)[number], typeof Percent>);

export const membersSettings = {
  'members.kelurahan_kk_count': def(
    Count,
    0,
    'Jumlah KK di kelurahan (dasar target anggota).',
    'Households (KK) in the kelurahan (base of the membership target).',
    ADART,
    true,
  ),
  'members.target_pct': def(Percent, '10', 'Target anggota: persen KK kelurahan.', 'Membership target: percent of the kelurahan households.', ADART, true),
  'simpanan.pokok_amount': def(Rupiah, 50000, 'Simpanan pokok (sekali saat masuk).', 'Simpanan pokok (once, on joining).', ADART, true),
  'simpanan.wajib_amount': def(Rupiah, 10000, 'Simpanan wajib per bulan.', 'Simpanan wajib per month.', ADART, true),
  'shu.allocation': def(
    Allocation,
    { cadangan: '30', jasaUsaha: '25', jasaModal: '20', danaPengurus: '5', danaKaryawan: '5', danaPendidikan: '5', danaSosial: '5', danaPembangunan: '5' },
    'Pembagian SHU per dana dalam persen (jumlah 100).',
    'SHU split per fund in percent (adds up to 100).',
    ADART,
    true,
  ),
  'shu.village_share_on': def(
    Flag,
    false,
    'Sebagian SHU untuk kelurahan/desa.',
    'A share of the SHU goes to the kelurahan / village.',
    regulation('Permendes PDT 10/2025 Ps. 7 (untuk desa; kelurahan belum jelas)'),
    true,
  ),
  'shu.village_share_pct': def(
    Percent,
    '20',
    'Bagian SHU untuk kelurahan/desa (persen).',
    'The kelurahan / village share of the SHU (percent).',
    regulation('Permendes PDT 10/2025 Ps. 7'),
    true,
  ),
  'shu.savings_basis': def(
    z.enum(['year_end', 'average_month_end']),
    'average_month_end',
    'Dasar jasa modal: saldo akhir tahun atau rata-rata akhir bulan.',
    'Capital share basis: year-end balance or average month-end balance.',
    ADART,
    true,
  ),
  'shu.savings_include_sukarela': def(Flag, false, 'Simpanan sukarela ikut dasar jasa modal.', 'Voluntary savings count for the capital share.', ADART, true),
  'shu.non_member_to_cadangan': def(Flag, true, 'SHU dari bukan anggota masuk cadangan.', 'SHU from non-members goes to the reserve.', ADART, true),
  'shu.include_left_members': def(Flag, true, 'Anggota yang keluar tahun ini ikut dibagi.', 'Members who left this year still get their share.', ADART, true),
  'shu.payout_round_to': def(PositiveCount, 1, 'Pembulatan pembayaran SHU (rupiah).', 'SHU payouts rounded to (rupiah).', ADART, true),
  'shu.withholding_pct': def(
    Percent,
    '0',
    'Potongan pajak atas SHU anggota (persen).',
    "Tax withheld from members' SHU (percent).",
    regulation('PPh final atas SHU anggota (pengurus memutuskan dengan konsultan pajak)'),
    true,
  ),
};
