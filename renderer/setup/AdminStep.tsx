// Setup step 2: the first admin, with the PIN typed twice (a mistyped admin PIN locks the owner out).
import type { FormEvent } from 'react';
import { useI18n } from '../lib/i18n';
import { Field, StepActions } from './setupFields';

export interface AdminForm {
  username: string;
  displayName: string;
  pin: string;
  pin2: string;
}

export function AdminStep(props: { admin: AdminForm; onChange(next: AdminForm): void; onBack(): void; onNext(e: FormEvent): void }) {
  const { t } = useI18n();
  const { admin } = props;
  const set = (patch: Partial<AdminForm>) => props.onChange({ ...admin, ...patch });
  const pinInput = (key: 'pin' | 'pin2') => (
    <input
      type="password"
      inputMode="numeric"
      pattern="\d{6,8}"
      value={admin[key]}
      onChange={(e) => set({ [key]: e.target.value.replace(/\D/g, '') })}
      required
    />
  );
  return (
    <form onSubmit={props.onNext} aria-label={t('Admin pertama', 'First admin')}>
      <h2>{t('2. Admin pertama', '2. First admin')}</h2>
      <Field label={t('Nama pengguna admin', 'Admin user name')}>
        <input value={admin.username} onChange={(e) => set({ username: e.target.value.trim() })} required autoFocus />
      </Field>
      <Field label={t('Nama lengkap', 'Full name')}>
        <input value={admin.displayName} onChange={(e) => set({ displayName: e.target.value })} required />
      </Field>
      <Field label={t('PIN admin', 'Admin PIN')} hint={t('6-8 angka', '6-8 digits')}>
        {pinInput('pin')}
      </Field>
      <Field label={t('Ulangi PIN', 'Repeat PIN')}>{pinInput('pin2')}</Field>
      <StepActions back={props.onBack} next={t('Lanjut', 'Next')} />
    </form>
  );
}
