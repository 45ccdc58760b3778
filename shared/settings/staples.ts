// Bulog staples and other price references (docs/domain/staples-and-prices.md): beras SPHP,
// Minyakita, rice HET, gula HAP.
import { z } from 'zod';
import { def, Flag, Mode, PositiveCount, regulation, Rupiah } from './define';

const SPHP = regulation('Bapanas/Bulog: juknis SPHP 2025');
const MINYAKITA_SE = regulation('SE Mendag 03/2023 (Minyakita)');
const RICE_HET = regulation('Kepka Bapanas 299/2025');

export const staplesSettings = {
  'sphp.pack_kg': def(z.number().positive(), 5, 'Berat satu kemasan beras SPHP (kg).', 'Weight of one SPHP rice pack (kg).', SPHP, true),
  'sphp.het_per_kg': def(Rupiah, 13100, 'HET beras SPHP per kg (zona gerai).', 'SPHP rice ceiling price per kg (outlet zone).', SPHP, true),
  'sphp.zone': def(
    z.enum(['ZONA_1', 'ZONA_2', 'ZONA_3']),
    'ZONA_2',
    'Zona harga SPHP gerai (Kalimantan: zona 2).',
    "The outlet's SPHP price zone (Kalimantan: zone 2).",
    SPHP,
    true,
  ),
  'sphp.max_packs_per_buyer': def(PositiveCount, 2, 'Kemasan SPHP paling banyak per pembeli.', 'Most SPHP packs per buyer.', SPHP, true),
  'sphp.per_day_check': def(
    Flag,
    true,
    'Batas SPHP juga per hari bila pembeli dikenal.',
    'The SPHP limit also holds per day when the buyer is known.',
    SPHP,
    true,
  ),
  'sphp.klik_sphp_ref_required': def(
    Flag,
    true,
    'Penerimaan SPHP dari Bulog wajib nomor pesanan Klik SPHP.',
    'An SPHP receipt from Bulog needs the Klik SPHP order ref.',
    regulation('Bulog/Bapanas Jul-Agu 2025 (Klik SPHP)'),
    true,
  ),
  'minyakita.het_per_liter': def(
    Rupiah,
    15700,
    'HET Minyakita per liter.',
    'Minyakita ceiling price per litre.',
    regulation('Permendag 18/2024 jo. 43/2025'),
    true,
  ),
  'minyakita.no_bundling': def(Flag, true, 'Minyakita tidak boleh dijual dalam paket.', 'Minyakita may not be sold in a bundle.', MINYAKITA_SE, true),
  'minyakita.max_liters_per_person_per_day': def(
    z.number().positive(),
    2,
    'Liter Minyakita paling banyak per orang per hari.',
    'Most litres of Minyakita per person per day.',
    MINYAKITA_SE,
    true,
  ),
  'minyakita.max_liters_per_person_per_day.mode': def(
    Mode,
    'off',
    'Cara batas Minyakita per hari ditegakkan: hard, soft, off.',
    'How the Minyakita daily limit is enforced: hard, soft, off.',
    MINYAKITA_SE,
    true,
  ),
  'beras_medium.het_per_kg': def(Rupiah, 14000, 'HET beras medium per kg (Kalimantan).', 'Medium rice ceiling price per kg (Kalimantan).', RICE_HET, true),
  'beras_premium.het_per_kg': def(Rupiah, 15400, 'HET beras premium per kg (Kalimantan).', 'Premium rice ceiling price per kg (Kalimantan).', RICE_HET, true),
  'gula.hap_per_kg': def(
    Rupiah,
    17500,
    'Harga acuan (HAP) gula per kg: hanya peringatan.',
    'Sugar reference price (HAP) per kg: a warning only.',
    regulation('Perbadan Bapanas 425/2024'),
    true,
  ),
  'price.hap_mode': def(
    Mode,
    'soft',
    'Cara harga acuan (HAP) ditegakkan: hard, soft, off.',
    'How reference prices (HAP) are enforced: hard, soft, off.',
    regulation('HAP bukan HET (Bapanas)'),
    true,
  ),
};
