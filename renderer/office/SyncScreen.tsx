// Sinkronisasi pusat (manajer): the link to the pusat at a glance (address, enrolment, last push,
// what is still to send and since when, values the pusat has set for later) and "kirim sekarang".
// Not enrolled yet: the form for the dinas's one-time code and certificate fingerprint.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../lib/api';
import { date, dateTime } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, Page, useAction, useCall } from './officeKit';

function EnrolForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [centralUrl, setCentralUrl] = useState('');
  const [code, setCode] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await api.sync.enrol({ centralUrl: centralUrl.trim(), code: code.trim(), ...(fingerprint.trim() ? { fingerprint: fingerprint.trim() } : {}) });
      onDone();
    });
  };
  return (
    <form className="card" aria-label={t('Daftar ke pusat', 'Enrol with the pusat')} onSubmit={submit}>
      <p>
        {t(
          'Gerai ini belum terdaftar di pusat. Isi alamat dan kode dari dinas.',
          'This outlet is not enrolled with the pusat. Enter the address and code from the dinas.',
        )}
      </p>
      <label>
        {t('Alamat pusat', 'Pusat address')}
        <input value={centralUrl} onChange={(e) => setCentralUrl(e.target.value)} placeholder="https://pusat.example:8787" required />
      </label>
      <label>
        {t('Kode pendaftaran', 'Enrolment code')}
        <input value={code} onChange={(e) => setCode(e.target.value)} required />
      </label>
      <label>
        {t('Sidik jari sertifikat (SHA-256)', 'Certificate fingerprint (SHA-256)')}
        <input value={fingerprint} onChange={(e) => setFingerprint(e.target.value)} />
      </label>
      <button type="submit" disabled={action.busy}>
        {t('Daftar', 'Enrol')}
      </button>
      <ErrorBox error={action.error} />
    </form>
  );
}

export function SyncScreen() {
  const { t } = useI18n();
  const api = useApi();
  const status = useCall((api) => api.sync.status({}), []);
  const action = useAction();
  const [sent, setSent] = useState<number | null>(null);
  const s = status.data;
  const push = () =>
    void action.run(async () => {
      const r = await api.sync.run({});
      setSent(r.sent);
      status.reload();
      if (r.error) throw new ApiError(r.error, { url: s?.centralUrl ?? '' });
    });
  const when = (iso: string | null) => (iso ? dateTime(iso) : t('belum pernah', 'never'));
  return (
    <Page title={t('Sinkronisasi pusat', 'Pusat sync')}>
      <ErrorBox error={status.error} />
      {s && !s.enrolled && <EnrolForm onDone={status.reload} />}
      {s?.enrolled && (
        <section className="card" aria-label={t('Keadaan sinkronisasi', 'Sync state')}>
          <dl>
            <dt>{t('Alamat pusat', 'Pusat address')}</dt>
            <dd aria-label={t('Alamat pusat', 'Pusat address')}>{s.centralUrl}</dd>
            <dt>{t('Terdaftar sebagai', 'Enrolled as')}</dt>
            <dd aria-label={t('Terdaftar sebagai', 'Enrolled as')}>
              {s.outletId} · {s.kota}
            </dd>
            {s.centralFingerprint && (
              <>
                <dt>{t('Sertifikat pusat (dikunci)', 'Pusat certificate (pinned)')}</dt>
                <dd>
                  <code>{s.centralFingerprint}</code>
                </dd>
              </>
            )}
            <dt>{t('Kirim terakhir', 'Last push')}</dt>
            <dd aria-label={t('Kirim terakhir', 'Last push')}>{when(s.lastPushAt)}</dd>
            <dt>{t('Diakui pusat terakhir', 'Last acknowledged')}</dt>
            <dd aria-label={t('Diakui pusat terakhir', 'Last acknowledged')}>
              {when(s.lastAckAt)} · seq {s.ackedSeq.toLocaleString('id-ID')}
            </dd>
            <dt>{t('Tertunda', 'Pending')}</dt>
            <dd aria-label={t('Tertunda', 'Pending')}>
              {s.pending === 0
                ? t('tidak ada, semua sudah diakui', 'none, all acknowledged')
                : t(
                    `${s.pending.toLocaleString('id-ID')} baris sejak ${when(s.pendingSince)}`,
                    `${s.pending.toLocaleString('en')} rows since ${when(s.pendingSince)}`,
                  )}
            </dd>
          </dl>
          {s.lastError && (
            <div aria-label={t('Kesalahan terakhir', 'Last error')}>
              <ErrorBox error={new ApiError(s.lastError, { url: s.centralUrl ?? '' })} />
            </div>
          )}
          <button type="button" onClick={push} disabled={action.busy}>
            {action.busy ? t('Mengirim…', 'Sending…') : t('Kirim sekarang', 'Push now')}
          </button>
          {sent !== null && !action.error && <p role="status">{t(`Terkirim ${sent} baris.`, `Sent ${sent} rows.`)}</p>}
          <ErrorBox error={action.error} />
        </section>
      )}
      {s && s.upcoming.length > 0 && (
        <section className="card" aria-label={t('Nilai dari pusat yang akan berlaku', 'Pusat values still to take effect')}>
          <h2>{t('Akan berlaku', 'Coming into effect')}</h2>
          <ul>
            {s.upcoming.map((u) => (
              <li key={`${u.subject}-${u.validFrom}`}>
                {u.subject}: {typeof u.value === 'number' ? u.value.toLocaleString('id-ID') : JSON.stringify(u.value)} · {t('mulai', 'from')}{' '}
                {date(u.validFrom)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
