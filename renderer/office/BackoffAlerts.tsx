// On every screen of a manajer or admin: each PIN back-off the host reports (event `auth.alert`),
// with who was guessed, from where and until when, until the manager marks it as read. The host
// writes the same to the audit (`auth.pin_backoff`); this is the "someone is guessing" warning.
import { useState } from 'react';
import type { HostEvent } from '../../shared/events';
import { dateTime } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useHostEvents } from '../lib/session';

type Alert = Extract<HostEvent, { type: 'auth.alert' }>['payload'] & { seenAt: string; key: number };

export function BackoffAlerts() {
  const { t } = useI18n();
  const [alerts, setAlerts] = useState<Alert[]>([]);
  useHostEvents((e) => {
    if (e.type !== 'auth.alert') return;
    setAlerts((list) => [...list, { ...e.payload, seenAt: new Date().toISOString(), key: Date.now() + list.length }]);
  });
  if (alerts.length === 0) return null;
  return (
    <section className="banner error backoff-alerts" aria-label={t('Peringatan PIN salah', 'Wrong PIN alerts')}>
      {alerts.map((a) => (
        <p key={a.key} role="alert">
          {t(
            `${a.failures}× PIN salah untuk "${a.username}" dari ${a.source} (${dateTime(a.seenAt)}); ditahan sampai ${dateTime(a.blockedUntil)}.`,
            `${a.failures} wrong PINs for "${a.username}" from ${a.source} (${dateTime(a.seenAt)}); held until ${dateTime(a.blockedUntil)}.`,
          )}{' '}
          <button
            type="button"
            className="small"
            aria-label={t(`Tandai peringatan ${a.username} sudah dibaca`, `Mark the ${a.username} alert as read`)}
            onClick={() => setAlerts((list) => list.filter((x) => x.key !== a.key))}
          >
            {t('Sudah dibaca', 'Mark as read')}
          </button>
        </p>
      ))}
    </section>
  );
}
