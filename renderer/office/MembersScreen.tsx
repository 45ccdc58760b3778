// Back office: the member register and simpanan. Search, register, look at one member's simpanan
// and wajib arrears, take a deposit or a sukarela withdrawal, record a member leaving.
import type { MethodInput } from '../../shared/api';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MemberView, SimpananEntryView } from '../../shared/api/members';
import { parseRupiah } from '../../shared/money';
import { useApi } from '../lib/session';
import { useI18n } from '../lib/i18n';
import { date, month, OUTLET_TIME_ZONE, percent, rupiah } from '../lib/format';
import { localDate } from '../../shared/time';
import { MEMBER_STATUS_LABELS } from '../../shared/i18n/labels';
import { useCall } from './officeKit';
import { MemberKk } from './MemberKk';
import { DateInput } from '../lib/DateInput';

/** Today as the outlet's calendar day (a WITA day, not the UTC one). */
const today = () => localDate(new Date(), OUTLET_TIME_ZONE);

const EMPTY = { name: '', nik: '', kkNo: '', address: '', rt: '', rw: '', kelurahan: '', phone: '', joinDate: '' };

export function MembersScreen() {
  const { t, err, label } = useI18n();
  const [query, setQuery] = useState('');
  const found = useCall((api) => api.members.search({ query, status: 'all', limit: 100 }), [query]);
  const counted = useCall((api) => api.members.figure({}), []);
  const [selected, setSelected] = useState<MemberView | null>(null);
  const [creating, setCreating] = useState(false);
  const list = found.data ?? [];
  const figure = counted.data;
  const error = found.error ?? counted.error;
  const refresh = () => {
    found.reload();
    counted.reload();
  };

  return (
    <main className="office-page">
      <h1>{t('Anggota', 'Members')}</h1>
      {figure && (
        <p aria-label={t('Target keanggotaan', 'Membership target')}>
          {t('Anggota aktif', 'Active members')}: <strong>{figure.activeMembers}</strong>
          {figure.pctOfKk !== null
            ? ` — ${percent(figure.pctOfKk)} ${t('dari', 'of')} ${figure.kelurahanKkCount} KK (${t('target', 'target')} ${percent(figure.targetPct)} = ${figure.targetMembers}) ${figure.reached ? '✔' : ''}`
            : ` — ${t('jumlah KK kelurahan belum diatur', 'the KK count of the kelurahan is not set')}`}
        </p>
      )}
      {error != null && (
        <p className="error" role="alert">
          {err(error)}
        </p>
      )}
      <div style={{ display: 'flex', gap: '0.6rem', alignItems: 'end' }}>
        <label style={{ flex: 1 }}>
          {t('Cari nama, nomor anggota atau kode kartu', 'Search name, member number or card code')}
          <input value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button className="primary" onClick={() => setCreating(true)}>
          {t('Anggota baru', 'New member')}
        </button>
      </div>
      <table aria-label={t('Daftar anggota', 'Member list')}>
        <thead>
          <tr>
            <th>{t('No.', 'No.')}</th>
            <th>{t('Nama', 'Name')}</th>
            <th>NIK</th>
            <th>{t('Kelurahan', 'Kelurahan')}</th>
            <th>{t('Masuk', 'Joined')}</th>
            <th>{t('Status', 'Status')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((m) => (
            <tr key={m.id} onClick={() => setSelected(m)} style={{ cursor: 'pointer' }} aria-selected={selected?.id === m.id}>
              <td>{m.memberNo}</td>
              <td>{m.name}</td>
              <td>{m.nikMasked ?? ''}</td>
              <td>{m.kelurahan ?? ''}</td>
              <td>{date(m.joinDate)}</td>
              <td>{m.status === 'active' ? label(MEMBER_STATUS_LABELS, m.status) : `${label(MEMBER_STATUS_LABELS, m.status)} ${date(m.leaveDate)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {creating && (
        <NewMemberDialog
          onClose={() => setCreating(false)}
          onSaved={(m) => {
            setCreating(false);
            setSelected(m);
            refresh();
          }}
        />
      )}
      {selected && (
        <MemberPanel
          key={selected.id}
          member={selected}
          onChanged={(m) => {
            setSelected(m);
            refresh();
          }}
          onClose={() => setSelected(null)}
        />
      )}
    </main>
  );
}

function NewMemberDialog({ onClose, onSaved }: { onClose(): void; onSaved(m: MemberView): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [f, setF] = useState(() => ({ ...EMPTY, joinDate: today() }));
  const [payPokok, setPayPokok] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY, label: string, type = 'text') => (
    <label>
      {label}
      {type === 'date' ? (
        <DateInput value={f[key]} onChange={(v) => setF({ ...f, [key]: v })} />
      ) : (
        <input type={type} value={f[key]} onChange={(e) => setF({ ...f, [key]: e.target.value })} />
      )}
    </label>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const input = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.trim() === '' ? null : v.trim()]));
      // Blank fields go as null and the core says what is missing, in the same words as any refusal.
      onSaved(await api.members.create({ ...input, payPokok } as MethodInput<'members.create'>));
    } catch (ex) {
      setError(err(ex));
    }
  };
  return (
    <div className="modal-backdrop">
      <form className="modal-box" onSubmit={submit} aria-label={t('Anggota baru', 'New member')}>
        <h2>{t('Anggota baru', 'New member')}</h2>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {field('name', t('Nama', 'Name'))}
        {field('nik', 'NIK')}
        {field('kkNo', t('Nomor KK', 'KK number'))}
        {field('address', t('Alamat', 'Address'))}
        <div style={{ display: 'flex', gap: '0.6rem' }}>
          {field('rt', 'RT')}
          {field('rw', 'RW')}
          {field('kelurahan', 'Kelurahan')}
        </div>
        {field('phone', t('Telepon', 'Phone'))}
        {field('joinDate', t('Tanggal masuk', 'Join date'), 'date')}
        <label style={{ flexDirection: 'row', alignItems: 'center' }}>
          <input type="checkbox" checked={payPokok} onChange={(e) => setPayPokok(e.target.checked)} style={{ minHeight: 0 }} />
          {t('Bayar simpanan pokok sekarang', 'Pay simpanan pokok now')}
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('Batal', 'Cancel')}
          </button>
          <button type="submit" className="primary">
            {t('Simpan', 'Save')}
          </button>
        </div>
      </form>
    </div>
  );
}

function MemberPanel({ member, onChanged, onClose }: { member: MemberView; onChanged(m: MemberView): void; onClose(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const balances = useCall((api) => api.simpanan.summary({ memberId: member.id }), [member.id]);
  const summary = balances.data;
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [actError, setError] = useState<string | null>(null);
  const error = actError ?? (balances.error ? err(balances.error) : null);
  const load = balances.reload;
  // The panel opens below a long list: bring it into view when another member is chosen.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'start' });
  }, [member.id]);

  const act = async (send: () => Promise<SimpananEntryView>) => {
    setError(null);
    try {
      const entry = await send();
      setMessage(`${t('Tersimpan', 'Saved')}: ${entry.receiptNo} ${rupiah(entry.amount)}`);
      setAmount('');
      load();
    } catch (e) {
      setError(err(e));
    }
  };
  const sukarela = (kind: 'deposit' | 'withdraw') => {
    const n = parseRupiah(amount);
    if (n === null || n <= 0) {
      setError(t('Isi jumlah rupiah yang valid.', 'Enter a valid rupiah amount.'));
      return;
    }
    void act(() => api.simpanan[kind]({ memberId: member.id, kind: 'sukarela', amount: n }));
  };
  const leave = async () => {
    const reason = window.prompt(t('Alasan keluar', 'Reason for leaving'));
    if (!reason) return;
    try {
      onChanged(await api.members.leave({ memberId: member.id, leaveDate: today(), reason }));
    } catch (e) {
      setError(err(e));
    }
  };

  return (
    <section ref={panel} className="card" style={{ marginTop: '1rem' }} aria-label={t('Simpanan anggota', 'Member simpanan')}>
      <h2>
        {member.memberNo} — {member.name}
      </h2>
      <p className="muted">
        NIK {member.nikMasked ?? '-'} · <MemberKk member={member} /> · {t('kartu', 'card')} {member.cardCode}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="okmsg" role="status">
          {message}
        </p>
      )}
      {summary && (
        <>
          <table>
            <tbody>
              <tr>
                <td>{t('Simpanan pokok', 'Simpanan pokok')}</td>
                <td className="num">{rupiah(summary.balances.pokok)}</td>
              </tr>
              <tr>
                <td>{t('Simpanan wajib', 'Simpanan wajib')}</td>
                <td className="num">{rupiah(summary.balances.wajib)}</td>
              </tr>
              <tr>
                <td>{t('Simpanan sukarela', 'Simpanan sukarela')}</td>
                <td className="num">{rupiah(summary.balances.sukarela)}</td>
              </tr>
              <tr>
                <th>{t('Jumlah', 'Total')}</th>
                <td className="num">
                  <strong>{rupiah(summary.balances.total)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
          <p className={summary.arrears.arrears > 0 ? 'warning' : 'muted'}>
            {summary.arrears.arrears > 0
              ? `${t('Tunggakan wajib', 'Wajib arrears')}: ${rupiah(summary.arrears.arrears)} (${summary.arrears.unpaidMonths.map((m) => month(m)).join(', ')})`
              : t('Simpanan wajib lunas.', 'Simpanan wajib is up to date.')}
          </p>
        </>
      )}
      {member.status === 'active' && (
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'end' }}>
          {summary?.balances.pokok === 0 && (
            <button onClick={() => void act(() => api.simpanan.deposit({ memberId: member.id, kind: 'pokok' }))}>{t('Bayar pokok', 'Pay pokok')}</button>
          )}
          <button onClick={() => void act(() => api.simpanan.deposit({ memberId: member.id, kind: 'wajib', months: 1 }))}>
            {t('Bayar wajib 1 bulan', 'Pay wajib 1 month')}
          </button>
          <label>
            {t('Sukarela (Rp)', 'Sukarela (Rp)')}
            <input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
          <button onClick={() => sukarela('deposit')}>{t('Setor', 'Deposit')}</button>
          <button onClick={() => sukarela('withdraw')}>{t('Tarik', 'Withdraw')}</button>
          <button onClick={() => void leave()}>{t('Anggota keluar', 'Member leaves')}</button>
        </div>
      )}
      <div className="modal-actions">
        <button onClick={onClose}>{t('Tutup', 'Close')}</button>
      </div>
    </section>
  );
}
