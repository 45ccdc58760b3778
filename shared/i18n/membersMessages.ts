// Words for the members, simpanan and SHU error codes: Bahasa Indonesia first, English second.
import type { MessageCatalog } from './errorMessages';

export const membersMessages: MessageCatalog = {
  SHU_ALLOCATION_NOT_100: { id: 'Pembagian SHU harus berjumlah tepat 100 %, sekarang {sum} %.', en: 'The SHU allocation must add up to exactly 100 %, it is {sum} %.' },
  SHU_PERCENT_INVALID: { id: 'Persentase {what} tidak valid: "{value}" (0 sampai 100, paling banyak 4 desimal).', en: 'Percentage {what} is invalid: "{value}" (0 to 100, at most 4 decimals).' },
  SHU_AMOUNT_INVALID: { id: 'Nilai {what} harus rupiah bulat, tidak negatif (sekarang {value}).', en: '{what} must be whole rupiah, not negative (got {value}).' },
  SHU_MEMBER_DUPLICATE: { id: 'Nomor anggota {memberNo} muncul dua kali.', en: 'Member number {memberNo} appears twice.' },
};
