// F4: attach a member to the sale (for the SHU): scan the card, or search by name or number.
import { useState, type KeyboardEvent } from 'react';
import type { MemberView } from '../../shared/api/members';
import { Modal } from '../lib/Modal';
import { moveListCursor } from './listCursor';
import { useSearchHits } from './useSearchHits';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import type { CartMember } from '../lib/store';

export function memberOf(m: MemberView): CartMember {
  return { id: m.id, name: m.name, code: m.memberNo };
}

export function MemberDialog(props: { current: CartMember | null; onPick(member: CartMember | null): void; onClose(): void }) {
  const api = useApi();
  const { t, err } = useI18n();
  const [query, setQuery] = useState('');
  // Fewer than two letters search nothing; typing waits a moment before asking.
  const { hits, active, setActive, error, setError } = useSearchHits(query, (q) => api.members.search({ query: q, status: 'active', limit: 20 }), {
    minLength: 2,
    delayMs: 150,
  });

  async function exact() {
    try {
      props.onPick(memberOf(await api.members.find({ code: query.trim() })));
    } catch (e) {
      setError(err(e));
    }
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (moveListCursor(e, hits.length, setActive) || e.key !== 'Enter') return;
    e.preventDefault();
    const hit = hits[active];
    if (hit && hits.length > 0 && !/^\S*\d\S*$/.test(query.trim())) props.onPick(memberOf(hit));
    else if (query.trim()) void exact();
  }

  return (
    <Modal title={t('Anggota koperasi', 'Co-op member')} onClose={props.onClose} wide>
      {props.current && (
        <p className="okmsg">
          {t('Sekarang', 'Now')}: {props.current.name} ({props.current.code}){' '}
          <button type="button" className="small" onClick={() => props.onPick(null)}>
            {t('Lepas anggota', 'Remove member')}
          </button>
        </p>
      )}
      <label>
        {t('Pindai kartu anggota, atau ketik nama / nomor anggota', 'Scan the member card, or type a name / member number')}
        <input data-autofocus value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul role="listbox" aria-label={t('Anggota yang cocok', 'Matching members')} className="hits">
        {hits.map((m, i) => (
          <li key={m.id} role="option" aria-selected={i === active} onClick={() => props.onPick(memberOf(m))}>
            <span className="hit-name">{m.name}</span>
            <span className="muted">{m.memberNo}</span>
            <span className="muted">{[m.rt && `RT ${m.rt}`, m.rw && `RW ${m.rw}`].filter(Boolean).join(' / ')}</span>
          </li>
        ))}
      </ul>
      <p className="muted keys">
        <kbd>Enter</kbd> {t('pilih', 'choose')} · <kbd>Esc</kbd> {t('kembali', 'back')}
      </p>
    </Modal>
  );
}
