// How the gerai works day to day: logins, shifts, stock, scanning, the cash drawer, counting and
// backups. All of these are the gerai's own choices.
import { z } from 'zod';
import { Count, def, Flag, OUTLET_CHOICE, PositiveCount, regulation, Rupiah, Text } from './define';

/** PIN length: the API takes 4 to 8 digits. */
const PinDigits = z.number().int().min(4).max(8);

const WeightLayout = z.object({
  prefix: z.string().regex(/^2\d$/, 'EAN-13 in-store prefix 20-29'),
  itemStart: Count,
  itemLength: PositiveCount,
  valueStart: Count,
  valueLength: PositiveCount,
  value: z.enum(['grams', 'price']),
});

/** Item code in digits 3-7, grams in 8-12, for each in-store prefix 20..29. */
const DEFAULT_LAYOUTS = Array.from({ length: 10 }, (_, i) => ({
  prefix: String(20 + i),
  itemStart: 2,
  itemLength: 5,
  valueStart: 7,
  valueLength: 5,
  value: 'grams' as const,
}));

export const operationsSettings = {
  'auth.pin_min_digits': def(
    z.object({ kasir: PinDigits, supervisor: PinDigits, manajer: PinDigits, admin: PinDigits }),
    { kasir: 4, supervisor: 4, manajer: 6, admin: 6 },
    'Panjang PIN paling sedikit per peran.',
    'Shortest PIN allowed per role.',
    OUTLET_CHOICE,
    false,
  ),
  'auth.backoff_free_failures': def(
    Count,
    3,
    'Salah PIN yang dibiarkan sebelum jeda berlaku (per pengguna dan sumber).',
    'Wrong PINs allowed before a pause applies (per user and source).',
    OUTLET_CHOICE,
    false,
  ),
  'auth.backoff_source_failures': def(
    PositiveCount,
    10,
    'Salah PIN dari satu sumber sebelum sumber itu dijeda.',
    'Wrong PINs from one source before that source is paused.',
    OUTLET_CHOICE,
    false,
  ),
  'auth.backoff_base_seconds': def(
    PositiveCount,
    30,
    'Jeda pertama setelah salah PIN (detik), lalu berlipat.',
    'First pause after wrong PINs (seconds), then doubling.',
    OUTLET_CHOICE,
    false,
  ),
  'auth.backoff_max_seconds': def(
    PositiveCount,
    3600,
    'Jeda terpanjang setelah salah PIN (detik).',
    'Longest pause after wrong PINs (seconds).',
    OUTLET_CHOICE,
    false,
  ),
  'auth.idle_minutes': def(
    PositiveCount,
    30,
    'Sesi berakhir setelah sekian menit tanpa kegiatan.',
    'A session ends after this many idle minutes.',
    OUTLET_CHOICE,
    false,
  ),
  'lan.pairing_code_minutes': def(
    PositiveCount,
    10,
    'Lama kode pemasangan perangkat LAN berlaku (menit).',
    'How long a LAN device pairing code lasts (minutes).',
    OUTLET_CHOICE,
    false,
  ),
  'pos.tender_max': def(
    Rupiah,
    10_000_000,
    'Uang tunai di atas jumlah ini perlu dikonfirmasi kasir.',
    'Cash above this amount needs the cashier to confirm it.',
    OUTLET_CHOICE,
    false,
  ),
  'auth.session_hours': def(z.number().positive(), 12, 'Lama sesi login berlaku (jam).', 'How long a login session lasts (hours).', OUTLET_CHOICE, false),
  'stock.allow_negative': def(Flag, false, 'Boleh menjual melebihi stok tercatat.', 'Allow selling more than the recorded stock.', OUTLET_CHOICE, true),
  'sales.require_open_shift': def(Flag, true, 'Penjualan hanya saat shift kasir terbuka.', 'Sales only while a cashier shift is open.', OUTLET_CHOICE, false),
  'scan.weight_layouts': def(
    z.array(WeightLayout),
    DEFAULT_LAYOUTS,
    'Tata letak label timbang (EAN-13 awalan 20-29).',
    'In-store weight label layouts (EAN-13 prefix 20-29).',
    regulation('GS1 General Specifications: restricted circulation numbers'),
    true,
  ),
  'cash.denominations': def(
    z.array(PositiveCount).min(1),
    [100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100],
    'Pecahan uang kertas dan logam untuk hitung laci.',
    'Notes and coins for counting the drawer.',
    regulation('Bank Indonesia: pecahan rupiah yang beredar'),
    true,
  ),
  'opname.freeze_sales': def(Flag, false, 'Tolak penjualan selama stok opname terbuka.', 'Refuse sales while a stock count is open.', OUTLET_CHOICE, false),
  'opname.blind_default': def(
    Flag,
    true,
    'Stok opname baru dihitung buta: penghitung tidak melihat jumlah sistem.',
    'New stock counts are blind: whoever counts does not see the system quantity.',
    OUTLET_CHOICE,
    false,
  ),
  'opname.reason_threshold': def(
    Rupiah,
    50000,
    'Selisih opname di atas nilai ini (rupiah, plus atau minus) wajib diberi alasan saat posting.',
    'A count difference worth more than this (rupiah, either way) needs a reason when posted.',
    OUTLET_CHOICE,
    true,
  ),
  'backup.daily_enabled': def(Flag, false, 'Cadangan otomatis setiap hari.', 'Automatic daily backup.', OUTLET_CHOICE, false),
  'backup.folder': def(Text, '', 'Folder cadangan harian.', 'Folder for daily backups.', OUTLET_CHOICE, false),
  'backup.keep': def(z.number().int(), 7, 'Jumlah cadangan yang disimpan.', 'How many backups are kept.', OUTLET_CHOICE, false),
};
