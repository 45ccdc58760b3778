// Every error code a user can meet has a sentence in Bahasa Indonesia and in English, in exactly
// one feature catalogue, and the Indonesian sentence is really Indonesian (no validator English
// such as "must be" or "required" leaking through).
import { describe, expect, it } from 'vitest';
import { catalogues, errorText, knownErrorCodes } from '../../shared/i18n/errorMessages';

const ENGLISH_WORDS = /\b(must|required|invalid|expected|should|cannot|not found|too (big|small|large)|string|number|characters?)\b/i;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error message catalogues', () => {
  const entries = Object.entries(catalogues).flatMap(([feature, catalogue]) =>
    Object.entries(catalogue).map(([code, words]) => ({ feature, code, words: words as { id: string; en: string } })),
  );

  it('give every code words in Indonesian and English', () => {
    const missing = entries.filter((e) => !e.words.id?.trim() || !e.words.en?.trim()).map((e) => e.code);
    expect(missing).toEqual([]);
  });

  it('keep each code in one feature catalogue only', () => {
    const seen = new Map<string, string[]>();
    for (const e of entries) seen.set(e.code, [...(seen.get(e.code) ?? []), e.feature]);
    expect([...seen].filter(([, features]) => features.length > 1)).toEqual([]);
    expect(knownErrorCodes().length).toBe(entries.length);
  });

  it('write the Indonesian text without English validator words', () => {
    expect(entries.filter((e) => ENGLISH_WORDS.test(e.words.id)).map((e) => `${e.code}: ${e.words.id}`)).toEqual([]);
  });

  it('use the same facts {params} in both languages', () => {
    expect(entries.filter((e) => placeholders(e.words.id).join() !== placeholders(e.words.en).join()).map((e) => e.code)).toEqual([]);
  });

  it('has words for the codes that had none before (NIK data, POST only)', () => {
    for (const code of ['NIK_CIPHERTEXT_INVALID', 'NIK_KEY_MISMATCH', 'METHOD_NOT_ALLOWED'] as const) {
      expect(errorText(code, {}, 'id')).not.toContain(code);
      expect(errorText(code, {}, 'en')).not.toContain(code);
    }
  });

  it('still gives a sentence, with the code, for a code it does not know', () => {
    expect(errorText('SOMETHING_NEW', {}, 'id')).toBe('Terjadi kesalahan (SOMETHING_NEW).');
  });
});
