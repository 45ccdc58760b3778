// Logging in, roles, supervisor approval and user accounts.
import type { MessageCatalog } from './errorMessages';

export const authMessages = {
  AUTH_REQUIRED: { id: 'Silakan masuk dengan PIN terlebih dahulu.', en: 'Please log in with your PIN first.' },
  ROLE_FORBIDDEN: { id: 'Peran {role} tidak boleh melakukan ini.', en: 'Role {role} may not do this.' },
  USER_UNKNOWN: { id: 'Pengguna {username} tidak ditemukan atau tidak aktif.', en: 'User {username} not found or inactive.' },
  PIN_WRONG: { id: 'Nama pengguna atau PIN salah.', en: 'Wrong username or PIN.' },
  PIN_FORMAT: { id: 'PIN harus 4 sampai 8 angka.', en: 'A PIN is 4 to 8 digits.' },
  USERNAME_TAKEN: { id: 'Nama pengguna {username} sudah dipakai.', en: 'Username {username} is taken.' },
  APPROVER_ROLE_REQUIRED: {
    id: '{username} bukan supervisor; minta supervisor atau manajer memasukkan PIN.',
    en: '{username} is not a supervisor; ask a supervisor or manager for their PIN.',
  },
  APPROVAL_REQUIRED: { id: 'Perlu persetujuan supervisor (PIN) untuk melanjutkan.', en: 'A supervisor must approve (PIN) to continue.' },
  USER_CANNOT_DEACTIVATE_SELF: { id: 'Anda tidak bisa menonaktifkan akun Anda sendiri.', en: 'You cannot deactivate your own account.' },
  USER_LAST_ADMIN: { id: 'Ini admin aktif terakhir; buat admin lain dulu.', en: 'This is the last active admin; create another admin first.' },
} satisfies MessageCatalog;
