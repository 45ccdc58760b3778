// The supervisor's user name and PIN, asked where a rule needs a second person (a soft rule at
// payment, a void, a return, a large buku kas entry). The core checks them; this only collects them.
import type { MethodInput } from '../../shared/api';
import { useI18n } from '../lib/i18n';
import { SignerFields } from './SignerFields';

export type Approval = NonNullable<MethodInput<'sales.commit'>['approval']>;

export const NO_APPROVAL: Approval = { username: '', pin: '' };

export function ApprovalFields({
  value,
  onChange,
  required,
  legend,
}: {
  value: Approval;
  onChange(next: Approval): void;
  required?: boolean;
  /** Why the approval is asked, where the plain title would not say it (an amount over a threshold). */
  legend?: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="approval">
      <legend>{legend ?? t('Persetujuan supervisor', 'Supervisor approval')}</legend>
      <SignerFields
        value={value}
        onChange={onChange}
        nameLabel={t('Nama pengguna supervisor', 'Supervisor user name')}
        pinLabel={t('PIN supervisor', 'Supervisor PIN')}
        required={required}
      />
    </fieldset>
  );
}
