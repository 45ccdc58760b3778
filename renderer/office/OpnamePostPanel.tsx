// Posting a count: a reason for each line whose difference is worth more than the threshold, what
// to do with products not counted yet, and the manajer's PIN again (docs/back-office.md).
import type { MethodInput, MethodOutput } from '../../shared/api';
import { useState } from 'react';
import { rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi, useSession } from '../lib/session';
import { ErrorBox, useAction } from './officeKit';

type Uncounted = MethodInput<'opname.post'>['uncounted'];

export function OpnamePostPanel({ opname: op, onPosted }: { opname: MethodOutput<'opname.get'>; onPosted: (message: string) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const { user } = useSession();
  const action = useAction();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [uncounted, setUncounted] = useState<Uncounted>('later');
  const [pin, setPin] = useState('');
  const open = op.lines.filter((l) => !l.posted);
  const missing = open.filter((l) => l.countedMilli === null).length;
  const needReason = open.filter((l) => l.needsReason);
  const post = () =>
    action.run(async () => {
      const filled = Object.fromEntries(Object.entries(reasons).filter(([, r]) => r.trim()));
      const r = await api.opname.post({ opnameId: op.id, approval: { username: user?.username ?? '', pin }, reasons: filled, uncounted });
      setPin('');
      onPosted(
        r.status === 'posted'
          ? t(`Stok opname "${r.title}" diposting: ${r.posted} barang.`, `Stock count "${r.title}" posted: ${r.posted} products.`)
          : t(
              `${r.posted} barang diposting; ${r.total - r.posted} lagi menunggu dihitung.`,
              `${r.posted} products posted; ${r.total - r.posted} more wait to be counted.`,
            ),
      );
    });
  return (
    <form
      className="grid no-print"
      aria-label={t('Posting stok opname', 'Post the stock count')}
      onSubmit={(e) => {
        e.preventDefault();
        void post();
      }}
    >
      {needReason.length > 0 && (
        <p className="warning">
          {t(`Selisih di atas ${rupiah(op.reasonThreshold)} wajib diberi alasan:`, `Differences over ${rupiah(op.reasonThreshold)} need a reason:`)}
        </p>
      )}
      {needReason.map((l) => (
        <label key={l.productId}>
          {t('Alasan', 'Reason')} {l.sku} ({rupiah(l.varianceValue ?? 0)})
          <input
            aria-label={`${t('Alasan', 'Reason')} ${l.sku}`}
            value={reasons[l.productId] ?? ''}
            onChange={(e) => setReasons({ ...reasons, [l.productId]: e.target.value })}
            required
            minLength={3}
          />
        </label>
      ))}
      {missing > 0 && (
        <label>
          {t(`${missing} barang belum dihitung`, `${missing} products not counted yet`)}
          <select value={uncounted} onChange={(e) => setUncounted(e.target.value as Uncounted)}>
            <option value="later">{t('Hitung nanti (opname tetap terbuka)', 'Count later (the count stays open)')}</option>
            <option value="unchanged">{t('Selesai; jumlahnya tidak diubah', 'Finish; their quantity stays')}</option>
            <option value="zero">{t('Selesai; dianggap 0', 'Finish; count them as 0')}</option>
          </select>
        </label>
      )}
      <label>
        {t('PIN manajer', 'Manager PIN')}
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} required />
      </label>
      <ErrorBox error={action.error} />
      <button type="submit" className="primary" disabled={action.busy}>
        {t('Setujui & posting', 'Approve & post')}
      </button>
    </form>
  );
}
