// Keamanan (manajer/admin): pairing codes for LAN terminals with the paired devices (revoke), and
// the NIK key export under a passphrase (docs/operations.md, "Exporting the NIK key").
import { useState, type FormEvent } from 'react';
import { passphraseAcceptable, PASSPHRASE_MIN_LENGTH, PASSPHRASE_MIN_WORDS } from '../../shared/privacy/passphrase';
import { ApiError } from '../lib/api';
import { saveDownload } from '../lib/download';
import { dateTime } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { DataTable } from './DataTable';
import { ErrorBox, Page, useAction, useCall } from './officeKit';

function PairingSection() {
  const { t } = useI18n();
  const api = useApi();
  const devices = useCall((api) => api.devices.list({}), []);
  const action = useAction();
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const create = () => void action.run(async () => setCode(await api.devices.pairingCode({})));
  const revoke = (deviceId: string) =>
    void action.run(async () => {
      await api.devices.revoke({ deviceId });
      devices.reload();
    });
  return (
    <section className="card" aria-label={t('Perangkat LAN', 'LAN devices')}>
      <h2>{t('Perangkat LAN', 'LAN devices')}</h2>
      <p className="muted">
        {t(
          'Terminal baru membuka /pair di alamat komputer ini lalu mengetik kode ini satu kali.',
          'A new terminal opens /pair at this computer’s address and types this code once.',
        )}
      </p>
      <button type="button" onClick={create} disabled={action.busy}>
        {t('Buat kode pemasangan', 'Create a pairing code')}
      </button>
      {code && (
        <p aria-label={t('Kode pemasangan', 'Pairing code')} className="pairing-code">
          <strong>
            {code.code.slice(0, 4)} {code.code.slice(4)}
          </strong>{' '}
          · {t('berlaku sampai', 'valid until')} {dateTime(code.expiresAt)}
        </p>
      )}
      <ErrorBox error={action.error ?? devices.error} />
      <DataTable
        label={t('Perangkat terpasang', 'Paired devices')}
        rows={devices.data ?? []}
        rowKey={(d) => d.id}
        columns={[
          { head: t('Nama', 'Name'), cell: (d) => d.name },
          { head: t('Dipasang', 'Paired'), cell: (d) => dateTime(d.pairedAt) },
          {
            head: t('Status', 'Status'),
            cell: (d) =>
              d.revokedAt ? (
                `${t('dicabut', 'revoked')} ${dateTime(d.revokedAt)}`
              ) : (
                <button type="button" className="small" onClick={() => revoke(d.id)} aria-label={t(`Cabut ${d.name}`, `Revoke ${d.name}`)}>
                  {t('Cabut', 'Revoke')}
                </button>
              ),
          },
        ]}
        foot={
          devices.data?.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                {t('Belum ada terminal yang dipasang.', 'No terminal has been paired yet.')}
              </td>
            </tr>
          )
        }
      />
    </section>
  );
}

function KeyExportSection() {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    void action.run(async () => {
      // Checked here as typed, and again by the host.
      if (!passphraseAcceptable(first)) throw new ApiError('PASSPHRASE_WEAK', { min: PASSPHRASE_MIN_LENGTH, words: PASSPHRASE_MIN_WORDS });
      if (first !== again) throw new ApiError('CLI_PASSPHRASES_DIFFER');
      const r = await api.keys.export({ passphrase: first });
      saveDownload({ fileName: r.fileName, mimeType: 'application/json', contentBase64: btoa(r.wrapped) });
      setFirst('');
      setAgain('');
      setDone(r.fileName);
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-label={t('Ekspor kunci NIK', 'Export the NIK key')}>
      <h2>{t('Ekspor kunci NIK', 'Export the NIK key')}</h2>
      <p className="muted">
        {t(
          'Simpan file kunci terpisah dari cadangan. Tanpa kata sandinya file ini tidak bisa dipakai siapa pun, termasuk Anda.',
          'Keep the key file apart from the backups. Without its passphrase nobody can use it, you included.',
        )}
      </p>
      <label>
        {t('Kata sandi', 'Passphrase')}
        <input type="password" autoComplete="new-password" value={first} onChange={(e) => setFirst(e.target.value)} />
      </label>
      <label>
        {t('Ulangi kata sandi', 'Repeat the passphrase')}
        <input type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
      </label>
      <button type="submit" disabled={action.busy}>
        {t('Ekspor kunci', 'Export the key')}
      </button>
      <ErrorBox error={action.error} />
      {done && <p role="status">{t(`Kunci diunduh sebagai ${done}.`, `Key downloaded as ${done}.`)}</p>}
    </form>
  );
}

export function SecurityScreen() {
  const { t } = useI18n();
  return (
    <Page title={t('Keamanan', 'Security')}>
      <PairingSection />
      <KeyExportSection />
    </Page>
  );
}
