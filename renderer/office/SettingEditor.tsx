// One rule: its words, default, value in force, source and history, and (when the koperasi owns
// it) a new value from a date. The value is checked here with the registry's own schema in the
// same words before it is sent; the host checks again, with the rules between settings.
import type { MethodOutput } from '../../shared/api';
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { ROLE_LABELS, SETTING_VALUE_LABELS } from '../../shared/i18n/labels';
import { FUND_LABELS, type FundKey } from '../../shared/shu';
import { settingRefusalParams } from '../../shared/i18n/validation';
import { isSettingKey, settingsRegistry } from '../../shared/settings';
import { ApiError } from '../lib/api';
import { DateInput } from '../lib/DateInput';
import { date } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { ErrorBox, todayLocal, useAction, useCall } from './officeKit';

type Json = z.core.util.JSONType;

export function sourceText(r: { source: MethodOutput<'settings.list'>[number]['source'] }, t: (id: string, en: string) => string): string {
  if (r.source.kind === 'adart') return t('AD/ART / keputusan RAT', 'AD/ART / RAT decision');
  if (r.source.kind === 'outlet') return t('Pilihan gerai', 'Outlet choice');
  return `${t('Regulasi', 'Regulation')}: ${r.source.ref}`;
}

/** A part of a setting's value in words: an SHU fund, a role; anything else keeps its own name. */
function partName(key: string, t: (id: string, en: string) => string): string {
  if (Object.hasOwn(FUND_LABELS, key)) {
    const w = FUND_LABELS[key as FundKey];
    return t(w.id, w.en);
  }
  if (Object.hasOwn(ROLE_LABELS, key)) {
    const [id, en] = ROLE_LABELS[key as keyof typeof ROLE_LABELS];
    return t(id, en);
  }
  return key;
}

export function valueText(v: Json | null | undefined, t: (id: string, en: string) => string): string {
  if (v === null || v === undefined) return t('tanpa batas / kosong', 'no limit / empty');
  if (v === true) return t('Ya', 'Yes');
  if (v === false) return t('Tidak', 'No');
  if (typeof v === 'number') return v.toLocaleString('id-ID');
  if (typeof v === 'string') {
    const words: readonly [string, string] | undefined = Object.hasOwn(SETTING_VALUE_LABELS, v)
      ? SETTING_VALUE_LABELS[v as keyof typeof SETTING_VALUE_LABELS]
      : undefined;
    return v === '' ? '—' : words ? t(words[0], words[1]) : v;
  }
  if (Array.isArray(v)) return `${v.length} ${t('baris', 'rows')}`;
  return Object.entries(v)
    .map(([k, x]) => `${partName(k, t)} ${typeof x === 'string' ? x.replace('.', ',') : String(x)}`)
    .join(' · ');
}

/** Text typed for a field → the JSON value of the same shape as the value it replaces. */
function parseField(text: string, like: Json): Json {
  const s = text.trim();
  if (typeof like === 'number' || like === null) return s === '' ? null : /^-?\d+$/.test(s.replace(/\./g, '')) ? Number(s.replace(/\./g, '')) : s;
  if (typeof like === 'boolean') return s === 'true';
  return s.replace(',', '.');
}

function fieldText(v: Json): string {
  if (v === null) return '';
  return typeof v === 'string' ? v.replace('.', ',') : String(v);
}

export function SettingEditor({ settingKey, onClose, onSaved }: { settingKey: string; onClose: () => void; onSaved: (message: string) => void }) {
  const { t, lang } = useI18n();
  const api = useApi();
  const s = useCall((api) => api.settings.show({ key: settingKey }), [settingKey]);
  const action = useAction();
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [from, setFrom] = useState(todayLocal());
  // The editor opens above a long list, often scrolled far down: bring it into view once loaded.
  const box = useRef<HTMLElement>(null);
  const loaded = !!s.data;
  useEffect(() => {
    if (loaded) box.current?.scrollIntoView({ block: 'start' });
  }, [loaded]);
  if (!s.data) return <ErrorBox error={s.error} />;
  const d = s.data;
  const current = d.current ?? d.default;
  const isObject = current !== null && typeof current === 'object' && !Array.isArray(current);
  const fields: Record<string, Json> = isObject ? (current as Record<string, Json>) : { value: current };
  const texts = draft ?? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : fieldText(v)]));
  const value = (): Json => {
    const parsed = Object.fromEntries(
      Object.entries(fields).map(([k, like]) => [k, Array.isArray(like) ? (JSON.parse(texts[k] ?? '[]') as Json) : parseField(texts[k] ?? '', like)]),
    );
    return isObject ? parsed : (parsed.value ?? null);
  };
  const save = () =>
    action.run(async () => {
      const v = value();
      // Same schema and the same refusal as the host, so a typing slip is explained before it is sent.
      if (isSettingKey(settingKey)) {
        const checked = settingsRegistry[settingKey].schema.safeParse(v);
        if (!checked.success) throw new ApiError('SETTING_VALUE_REFUSED', settingRefusalParams(settingKey, checked.error.issues[0]!, v));
      }
      await api.settings.set({ key: settingKey, value: v, validFrom: d.effectiveDated ? from : undefined });
      setDraft(null);
      s.reload();
      onSaved(
        t(
          `${settingKey} disimpan, berlaku mulai ${d.effectiveDated ? date(from) : 'hari ini'}.`,
          `${settingKey} saved, in force from ${d.effectiveDated ? date(from) : 'today'}.`,
        ),
      );
    });
  const boolField = typeof current === 'boolean';
  // A setting with a fixed set of choices (hard/soft/off, a print mode) is picked, never typed.
  const schema = isSettingKey(settingKey) ? settingsRegistry[settingKey].schema : null;
  const choices = !isObject && schema instanceof z.ZodEnum ? (schema.options as string[]) : null;
  return (
    <section ref={box} className="card" aria-label={`${t('Aturan', 'Rule')} ${settingKey}`}>
      <h2>{lang === 'id' ? d.description.id : d.description.en}</h2>
      <p>
        <code>{d.key}</code> · {sourceText(d, t)} · {t('Bawaan', 'Default')}: {valueText(d.default, t)} · {t('Berlaku sekarang', 'In force now')}:{' '}
        {valueText(d.current, t)}
      </p>
      {d.editable ? (
        <form
          className="grid"
          aria-label={`${t('Ubah', 'Change')} ${settingKey}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {Object.entries(fields).map(([k, like]) => (
            <label key={k}>
              {isObject ? partName(k, t) : t('Nilai baru', 'New value')}
              {boolField ? (
                <select value={texts[k]} onChange={(e) => setDraft({ ...texts, [k]: e.target.value })}>
                  <option value="true">{t('Ya', 'Yes')}</option>
                  <option value="false">{t('Tidak', 'No')}</option>
                </select>
              ) : choices ? (
                <select value={texts[k]} onChange={(e) => setDraft({ ...texts, [k]: e.target.value })}>
                  {choices.map((c) => (
                    <option key={c} value={c}>
                      {valueText(c, t)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  value={texts[k] ?? ''}
                  onChange={(e) => setDraft({ ...texts, [k]: e.target.value })}
                  inputMode={typeof like === 'number' || like === null ? 'numeric' : undefined}
                />
              )}
            </label>
          ))}
          <label>
            {t('Berlaku mulai', 'In force from')}
            <DateInput value={d.effectiveDated ? from : todayLocal()} disabled={!d.effectiveDated} onChange={setFrom} />
          </label>
          <ErrorBox error={action.error} />
          <button type="submit" className="primary" disabled={action.busy}>
            {t('Simpan aturan', 'Save rule')}
          </button>
        </form>
      ) : (
        <p className="info">
          {t('Ditetapkan oleh regulator; koperasi tidak mengubahnya di sini.', 'Set by the regulator; the koperasi does not change it here.')}
        </p>
      )}
      <table aria-label={`${t('Riwayat', 'History')} ${settingKey}`}>
        <thead>
          <tr>
            <th>{t('Berlaku mulai', 'In force from')}</th>
            <th>{t('Nilai', 'Value')}</th>
            <th>{t('Diubah oleh', 'Changed by')}</th>
          </tr>
        </thead>
        <tbody>
          {d.history.map((h) => (
            <tr key={h.validFrom}>
              <td>{date(h.validFrom)}</td>
              <td>{valueText(h.value, t)}</td>
              <td>{!h.setBy || h.setBy === 'migration' ? t('sistem', 'system') : h.setBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('Tutup', 'Close')}
        </button>
      </div>
    </section>
  );
}
