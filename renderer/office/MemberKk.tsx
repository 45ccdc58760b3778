// A member's KK number, masked like the NIK. A manager may ask for the full number with a reason;
// the host audits every look (members.revealKk), and the full number lives only in this component.
import { useState } from 'react';
import type { MemberView } from '../../shared/api/members';
import { useApi, useSession } from '../lib/session';
import { useI18n } from '../lib/i18n';

export function MemberKk({ member }: { member: MemberView }) {
  const api = useApi();
  const { user } = useSession();
  const { t, err } = useI18n();
  const [full, setFull] = useState<{ memberId: string; kkNo: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const manager = user?.role === 'manajer' || user?.role === 'admin';
  const shown = full?.memberId === member.id ? full.kkNo : member.kkMasked;

  const reveal = async () => {
    const reason = window.prompt(t('Alasan melihat nomor KK lengkap (dicatat)', 'Reason to see the full KK number (logged)'));
    if (!reason) return;
    try {
      setFull(await api.members.revealKk({ memberId: member.id, reason }));
      setError(null);
    } catch (e) {
      setError(err(e));
    }
  };

  return (
    <>
      KK <span data-testid="member-kk">{shown ?? '-'}</span>
      {manager && member.kkMasked && full?.memberId !== member.id && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => void reveal()}>
            {t('Lihat KK lengkap', 'Show full KK')}
          </button>
        </>
      )}
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
