// A date or month field that reads dd/mm/yyyy (mm/yyyy) whatever the browser's language: Chromium's
// own <input type="date"> follows the browser, so an en-US browser shows 1 December as 12/01/2026.
// The screen keeps the ISO value for the API; an unfinished or impossible entry keeps its text,
// is marked invalid and is not passed on, so nothing typed is lost.
import { useState, type InputHTMLAttributes } from 'react';
import { formatDate, formatMonthNumeric, parseDate, parseMonth } from '../../shared/i18n/format';
import { useI18n } from './i18n';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** `YYYY-MM-DD`, or `YYYY-MM` with `month`. */
  value: string;
  onChange(iso: string): void;
  month?: boolean;
};

export function DateInput({ value, onChange, month, ...rest }: Props) {
  const { t } = useI18n();
  const show = (iso: string) => (month ? formatMonthNumeric(iso) : formatDate(iso, 'UTC'));
  const parse = month ? parseMonth : parseDate;
  const [text, setText] = useState(() => show(value));
  // A new value from outside (a reset, a quick range) replaces the text unless the text already means it.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (parse(text) !== value) setText(show(value));
  }
  const valid = text.trim() === '' ? !rest.required : parse(text) !== null;
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder={month ? t('bb/tttt', 'mm/yyyy') : t('hh/bb/tttt', 'dd/mm/yyyy')}
      value={text}
      aria-invalid={valid ? undefined : true}
      title={
        month
          ? t('Bulan: bb/tttt, mis. 11/2026', 'Month: mm/yyyy, e.g. 11/2026')
          : t('Tanggal: hh/bb/tttt, mis. 25/11/2026', 'Date: dd/mm/yyyy, e.g. 25/11/2026')
      }
      onChange={(e) => {
        setText(e.target.value);
        const iso = parse(e.target.value);
        if (iso) {
          setShown(iso);
          onChange(iso);
        }
      }}
    />
  );
}
