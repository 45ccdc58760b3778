// Stok opname: start a count (blind by default), open it to count, and see the list change after
// every action with a message saying what happened (docs/back-office.md, "Stok opname").
import { useState } from 'react';
import { OPNAME_STATUS_LABELS } from '../../shared/i18n/labels';
import { useI18n } from '../lib/i18n';
import { dateTime } from '../lib/format';
import { useApi, useSession } from '../lib/session';
import { MANAGER_ROLES } from '../../shared/roles';
import type { OpnameSummary } from '../../shared/api/opname';
import { DataTable, useOpenColumn } from './DataTable';
import { OpnameDetail } from './OpnameDetail';
import { ErrorBox, Page, useAction, useCall } from './officeKit';
import { useSetting } from './useSetting';

export function OpnameScreen() {
  const { t, label } = useI18n();
  const { user } = useSession();
  const manager = !!user && MANAGER_ROLES.includes(user.role);
  const api = useApi();
  // Opening a count again (`n`) reads it afresh: someone else may have counted meanwhile.
  const [opened, setOpened] = useState<{ id: string; n: number } | null>(null);
  const setOpenId = (id: string | null) => setOpened(id ? { id, n: (opened?.n ?? 0) + 1 } : null);
  const [notice, setNotice] = useState('');
  const list = useCall((api) => api.opname.list({}), []);
  const openColumn = useOpenColumn<OpnameSummary>(
    (o) => setOpenId(o.id),
    (o) => o.title,
  );
  const action = useAction();
  const [title, setTitle] = useState('');
  const blindDefault = useSetting('opname.blind_default');
  const [blindChoice, setBlind] = useState<boolean | null>(null);
  const blind = blindChoice ?? blindDefault ?? true;
  const done = (message: string) => {
    setNotice(message);
    list.reload();
  };
  const start = () =>
    action.run(async () => {
      const o = await api.opname.start({ title, blind });
      setOpenId(o.id);
      setTitle('');
      done(t(`Stok opname "${o.title}" dimulai (${o.total} barang).`, `Stock count "${o.title}" started (${o.total} products).`));
    });
  return (
    <Page title={t('Stok opname', 'Stock count')}>
      {manager && (
        <form
          className="grid no-print"
          aria-label={t('Mulai stok opname', 'Start a stock count')}
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <label>
            {t('Judul', 'Title')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} required />
          </label>
          <label className="check">
            <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
            {t('Hitung buta (jumlah sistem tidak terlihat oleh penghitung)', 'Blind count (the counter does not see the system quantity)')}
          </label>
          <button type="submit" className="primary" disabled={action.busy}>
            {t('Mulai hitung', 'Start count')}
          </button>
        </form>
      )}
      {notice && (
        <p className="okmsg" role="status">
          {notice}
        </p>
      )}
      <ErrorBox error={action.error ?? list.error} />
      {opened && <OpnameDetail key={`${opened.id}#${opened.n}`} id={opened.id} onClose={() => setOpenId(null)} onDone={done} />}
      <DataTable
        label={t('Daftar stok opname', 'Stock counts')}
        rows={list.data ?? []}
        rowKey={(o) => o.id}
        columns={[
          { head: t('Judul', 'Title'), cell: (o) => `${o.title}${o.blind ? ` · ${t('buta', 'blind')}` : ''}` },
          { head: t('Mulai', 'Started'), cell: (o) => dateTime(o.startedAt) },
          { head: t('Status', 'Status'), cell: (o) => label(OPNAME_STATUS_LABELS, o.status) },
          { head: t('Dihitung', 'Counted'), num: true, cell: (o) => `${o.counted}/${o.total}` },
          { head: t('Diposting', 'Posted'), num: true, cell: (o) => `${o.posted}/${o.total}` },
          openColumn,
        ]}
      />
    </Page>
  );
}
