// The outlet's identity, what its struk says, tax status and money rounding.
import { z } from 'zod';
import { def, Flag, Name, OUTLET_CHOICE, Percent, regulation, Rupiah, Text } from './define';

const PKP = regulation('UU PPN; PMK pengusaha kena pajak (omzet > Rp4,8 miliar setahun)');

export const outletSettings = {
  'outlet.code': def(
    z.string().regex(/^[A-Z0-9]{2,8}$/, 'outlet code: 2-8 of A-Z, 0-9'),
    'GI',
    'Kode gerai, awal setiap nomor struk.',
    "The outlet's code, the start of every receipt number.",
    OUTLET_CHOICE,
    true,
  ),
  'outlet.name': def(
    Name,
    'Koperasi Kelurahan Merah Putih',
    'Nama koperasi/gerai di struk dan laporan.',
    'Koperasi / outlet name on receipts and reports.',
    OUTLET_CHOICE,
    true,
  ),
  'outlet.time_zone': def(
    Name,
    'Asia/Makassar',
    'Zona waktu gerai (menentukan hari usaha).',
    "The outlet's time zone (decides the business day).",
    OUTLET_CHOICE,
    false,
  ),
  'outlet.badan_hukum_no': def(
    Text,
    '',
    'Nomor SK badan hukum (AHU) koperasi.',
    "The koperasi's legal entity (AHU) number.",
    regulation('UU 25/1992 Perkoperasian'),
    true,
  ),
  'outlet.nib': def(Text, '', 'Nomor Induk Berusaha (NIB) koperasi.', "The koperasi's business id (NIB).", regulation('PP 5/2021 perizinan berusaha'), true),
  'outlet.npwp': def(
    Text,
    '',
    'NPWP koperasi (wajib di struk bila PKP).',
    "The koperasi's tax number (on receipts when PKP).",
    regulation('PER-11/PJ/2025 Ps. 52'),
    true,
  ),
  'outlet.demo': def(
    Flag,
    false,
    'Gerai demo: layar masuk menampilkan pengguna demo dan PIN-nya.',
    'Demo outlet: the login screen shows the demo users and their PINs.',
    OUTLET_CHOICE,
    false,
  ),
  'outlet.address': def(Text, '', 'Alamat gerai di struk.', 'Outlet address on receipts.', OUTLET_CHOICE, true),
  'receipt.header': def(Text, '', 'Teks tambahan di kepala struk.', 'Extra text at the top of the receipt.', OUTLET_CHOICE, true),
  'receipt.footer': def(Text, 'Terima kasih', 'Teks di kaki struk.', 'Text at the bottom of the receipt.', OUTLET_CHOICE, true),
  // The year-end tax estimate of the books (docs/books.md): off until the koperasi's tax adviser confirms it.
  // Buku kas (docs/books.md): the koperasi's own line above which a supervisor approves an entry.
  'books.kas.pin_threshold': def(
    Rupiah,
    100_000,
    'Kas masuk/keluar di atas jumlah ini perlu PIN supervisor.',
    'Cash in/out above this amount needs a supervisor PIN.',
    OUTLET_CHOICE,
    true,
  ),
  'books.tax.final_on_turnover': def(
    Flag,
    false,
    'Taksiran PPh final atas omzet di tutup buku tahunan (perlu dikonfirmasi).',
    'Year-end estimate of final income tax on turnover (to be confirmed).',
    regulation('PP 55/2022 (perlu dikonfirmasi / to be confirmed)'),
    true,
  ),
  'books.tax.final_rate_pct': def(
    Percent,
    '0.5',
    'Tarif PPh final atas omzet, persen.',
    'Final income tax rate on turnover, percent.',
    regulation('PP 55/2022 (perlu dikonfirmasi / to be confirmed)'),
    true,
  ),
  'books.tax.final_turnover_ceiling': def(
    Rupiah,
    4_800_000_000,
    'Batas omzet setahun untuk tarif final.',
    'Yearly turnover ceiling for the final rate.',
    regulation('PP 55/2022 (perlu dikonfirmasi / to be confirmed)'),
    true,
  ),
  'money.rounding': def(
    z.enum(['HALF_UP_PER_LINE']),
    'HALF_UP_PER_LINE',
    'Pembulatan rupiah: setengah ke atas per baris.',
    'Rupiah rounding: half up per line.',
    OUTLET_CHOICE,
    true,
  ),
  'tax.is_pkp': def(
    Flag,
    false,
    'Koperasi pengusaha kena pajak (PKP): struk memuat PPN.',
    'The koperasi is VAT-registered (PKP): receipts show PPN.',
    PKP,
    true,
  ),
  'tax.ppn_rate_effective_pct': def(
    // Older rows may hold the rate as a number; it is read as a decimal string either way.
    z.union([Percent, z.number().min(0).max(100)]).transform(String),
    '11',
    'Tarif PPN efektif dalam persen (12% x DPP 11/12).',
    'Effective PPN rate in percent (12% x DPP 11/12).',
    regulation('UU HPP 7/2021; PMK 131/2024'),
    true,
  ),
};
