// Aturan koperasi: every setting of the registry with its words, value in force, since when,
// source and the next planned change. The koperasi's own rules open in the editor; the
// regulator's values (HET, MAP rules) are shown read-only with their source.
import { useState } from 'react';
import { date } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { ErrorBox, Page, useCall } from './officeKit';
import { SettingEditor, sourceText, valueText } from './SettingEditor';

export function RulesScreen() {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [editableOnly, setEditableOnly] = useState(true);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const list = useCall((api) => api.settings.list({}), []);
  const q = query.trim().toLowerCase();
  const rows = (list.data ?? []).filter(
    (r) =>
      (!editableOnly || r.editable) && (!q || r.key.includes(q) || r.description.id.toLowerCase().includes(q) || r.description.en.toLowerCase().includes(q)),
  );
  return (
    <Page title={t('Aturan koperasi', 'Koperasi rules')}>
      <div className="grid no-print">
        <label>
          {t('Cari aturan', 'Find a rule')}
          <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="shu, lpg3, sphp, tax …" />
        </label>
        <label className="check">
          <input type="checkbox" checked={editableOnly} onChange={(e) => setEditableOnly(e.target.checked)} />
          {t('Hanya yang bisa diubah koperasi', 'Only what the koperasi may change')}
        </label>
      </div>
      {notice && (
        <p className="okmsg" role="status">
          {notice}
        </p>
      )}
      <ErrorBox error={list.error} />
      {openKey && (
        <SettingEditor
          key={openKey}
          settingKey={openKey}
          onClose={() => setOpenKey(null)}
          onSaved={(message) => {
            setNotice(message);
            list.reload();
          }}
        />
      )}
      <table className="rules-table" aria-label={t('Daftar aturan', 'Rules')}>
        <thead>
          <tr>
            <th>{t('Aturan', 'Rule')}</th>
            <th>{t('Berlaku sekarang', 'In force now')}</th>
            <th>{t('Sejak', 'Since')}</th>
            <th>{t('Perubahan berikut', 'Next change')}</th>
            <th>{t('Sumber', 'Source')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td className="rule-name">
                <strong>{lang === 'id' ? r.description.id : r.description.en}</strong>
                <br />
                <code className="muted">{r.key}</code>
              </td>
              <td className="rule-value">{valueText(r.current, t)}</td>
              <td className="rule-since">{date(r.currentFrom)}</td>
              <td className="rule-value">{r.next ? `${date(r.next.validFrom)}: ${valueText(r.next.value, t)}` : ''}</td>
              <td>{sourceText(r, t)}</td>
              <td>
                <button
                  type="button"
                  className="small"
                  onClick={() => setOpenKey(r.key)}
                  aria-label={`${r.editable ? t('Ubah', 'Change') : t('Lihat', 'View')} ${r.key}`}
                >
                  {r.editable ? t('Ubah', 'Change') : t('Lihat', 'View')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
