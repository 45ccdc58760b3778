// First run of a gerai.
import type { MessageCatalog } from './errorMessages';

export const setupMessages = {
  SETUP_ALREADY_DONE: { id: 'Gerai ini sudah disiapkan. Masuk dengan PIN admin.', en: 'This outlet is already set up. Log in with the admin PIN.' },
  SETUP_NOT_ON_LAN: {
    id: 'Siapkan gerai dulu di komputer ini (tanpa --lan), baru buka untuk jaringan.',
    en: 'Set the outlet up on this computer first (without --lan), then open it to the network.',
  },
} satisfies MessageCatalog;
