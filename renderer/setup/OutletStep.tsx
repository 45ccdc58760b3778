// Setup step 1: the outlet profile that heads every receipt and report.
import type { FormEvent } from 'react';
import type { MethodInput } from '../../shared/api';
import { useI18n } from '../lib/i18n';
import { Field, StepActions } from './setupFields';

export type Outlet = Extract<MethodInput<'setup.initialize'>, { mode: 'outlet' }>['outlet'];

const TIME_ZONES: [Outlet['timeZone'], string][] = [
  ['Asia/Makassar', 'WITA (Kalimantan Timur, Sulawesi, Bali, NTB, NTT)'],
  ['Asia/Jakarta', 'WIB (Sumatra, Jawa, Kalimantan Barat/Tengah)'],
  ['Asia/Jayapura', 'WIT (Maluku, Papua)'],
];

export function OutletStep(props: { outlet: Outlet; onChange(next: Outlet): void; onBack(): void; onNext(e: FormEvent): void }) {
  const { t } = useI18n();
  const { outlet } = props;
  const set = (patch: Partial<Outlet>) => props.onChange({ ...outlet, ...patch });
  return (
    <form onSubmit={props.onNext} aria-label={t('Profil gerai', 'Outlet profile')}>
      <h2>{t('1. Profil gerai', '1. Outlet profile')}</h2>
      <Field label={t('Kode gerai', 'Outlet code')} hint={t('2-8 huruf/angka, dipakai di nomor struk', '2-8 letters/digits, used in receipt numbers')}>
        <input value={outlet.code} onChange={(e) => set({ code: e.target.value.toUpperCase() })} pattern="[A-Za-z0-9]{2,8}" required autoFocus />
      </Field>
      <Field label={t('Nama gerai', 'Outlet name')}>
        <input value={outlet.name} onChange={(e) => set({ name: e.target.value })} minLength={3} required />
      </Field>
      <Field label={t('Alamat', 'Address')}>
        <input value={outlet.address} onChange={(e) => set({ address: e.target.value })} />
      </Field>
      <Field label={t('Nomor badan hukum', 'Legal entity number')}>
        <input value={outlet.badanHukumNo} onChange={(e) => set({ badanHukumNo: e.target.value })} />
      </Field>
      <Field label="NIB" hint={t('13 angka, boleh dikosongkan', '13 digits, may be left empty')}>
        <input value={outlet.nib} onChange={(e) => set({ nib: e.target.value.replace(/\D/g, '') })} inputMode="numeric" pattern="\d{13}" />
      </Field>
      <Field label={t('Zona waktu', 'Time zone')}>
        <select value={outlet.timeZone} onChange={(e) => set({ timeZone: e.target.value as Outlet['timeZone'] })}>
          {TIME_ZONES.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <StepActions back={props.onBack} next={t('Lanjut', 'Next')} />
    </form>
  );
}
