// Bahasa Indonesia by default, English switchable and remembered. Texts sit next to the code that
// shows them as a pair: t('Bayar', 'Pay'). Error codes become words through shared/i18n.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ErrorParams } from '../../shared/errors';
import { errorText, type Lang } from '../../shared/i18n/errorMessages';
import { label, type LabelTable } from '../../shared/i18n/labels';
import { ApiError } from './api';

const LANG_KEY = 'kkmp.lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(id: string, en: string): string;
  /** Any thrown value in words for the cashier: what happened and what to do. */
  err(e: unknown): string;
  /** A stored code (status, payment method, role…) in words, from its table in shared/i18n/labels. */
  label(table: LabelTable, code: string | null | undefined): string;
}

/** An ApiError, or any {code, params} (the renderer's own checks use the same codes and words). */
export function errorMessage(e: unknown, lang: Lang): string {
  if (e instanceof ApiError) return errorText(e.code, e.params, lang);
  if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string') {
    const { code, params } = e as { code: string; params?: ErrorParams };
    return errorText(code, params ?? {}, lang);
  }
  return errorText('INTERNAL', {}, lang);
}

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // not persisted; still switched for this page
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (id, en) => (lang === 'id' ? id : en), err: (e) => errorMessage(e, lang), label: (table, code) => label(table, code, lang) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
