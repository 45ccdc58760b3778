// LPG 3 kg at the counter: the buyer's NIK (or a registration when it is new), the category and
// what is left of the limits, whether an empty came back, and a refusal in words when a limit says no.
import { useState, type FormEvent } from 'react';
import type { MethodInput } from '../../shared/api';
import type { CatalogItem } from '../../shared/api/catalog';
import { Modal } from '../lib/Modal';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { useAction } from '../lib/useAction';
import { BusinessCategorySelect } from './BusinessCategorySelect';
import { DialogActions } from './DialogActions';
import { CATEGORY_NAMES, lpgRefusal, type BuyerStatus, type LimitUse } from './lpgView';

/** The select offers exactly the contract's categories. */
type Category = MethodInput<'lpg.buyers.register'>['category'];

export interface LpgPick {
  buyer: BuyerStatus['buyer'];
  emptyReturned: boolean;
}

type Step = { kind: 'nik' } | { kind: 'register'; nik: string } | { kind: 'buyer'; status: BuyerStatus };

export function LpgDialog(props: { item: CatalogItem; alreadyInCart(buyerId: string): number; onAdd(pick: LpgPick): void; onClose(): void }) {
  const api = useApi();
  const { t, err, lang } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'nik' });
  const [nik, setNik] = useState('');
  const action = useAction();
  const busy = action.busy;
  const error = action.error ? err(action.error) : null;
  const [reg, setReg] = useState<{ name: string; kk: string; category: Category; nib: string; businessCategory: string }>({
    name: '',
    kk: '',
    category: 'RUMAH_TANGGA',
    nib: '',
    businessCategory: '',
  });

  const run = action.run;

  const find = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const found = await api.lpg.buyers.find({ nik: nik.trim() });
      setStep(found ? { kind: 'buyer', status: found } : { kind: 'register', nik: nik.trim() });
    });
  };

  const register = (e: FormEvent) => {
    e.preventDefault();
    if (step.kind !== 'register') return;
    void run(async () => {
      const input = {
        nik: step.nik,
        kk: reg.kk.trim(),
        name: reg.name.trim(),
        category: reg.category,
        ...(reg.category === 'USAHA_MIKRO' ? { nib: reg.nib.trim(), businessCategory: reg.businessCategory } : {}),
      };
      const made = await api.lpg.buyers.register(input);
      setStep({ kind: 'buyer', status: await api.lpg.buyers.get({ buyerId: made.buyer.id }) });
    });
  };

  const cat = (c: keyof typeof CATEGORY_NAMES) => CATEGORY_NAMES[c][lang === 'id' ? 0 : 1];

  return (
    <Modal title={t('Pembeli LPG 3 kg', 'LPG 3 kg buyer')} onClose={props.onClose} wide focusKey={step.kind}>
      <p className="muted">{props.item.name}</p>
      {step.kind === 'nik' && (
        <form onSubmit={find}>
          <p>
            {t(
              'LPG 3 kg hanya untuk pembeli terdaftar. Ketik NIK dari KTP pembeli.',
              "LPG 3 kg is for registered buyers only. Type the NIK from the buyer's KTP.",
            )}
          </p>
          <label>
            {t('NIK pembeli (16 angka)', 'Buyer NIK (16 digits)')}
            <input
              data-autofocus
              inputMode="numeric"
              autoComplete="off"
              value={nik}
              onChange={(e) => setNik(e.target.value.replace(/\D/g, '').slice(0, 16))}
              className="amount-input"
            />
          </label>
          <DialogActions error={error} onCancel={props.onClose} submitLabel={t('Cari pembeli', 'Find buyer')} submitDisabled={busy || nik.length === 0} />
        </form>
      )}

      {step.kind === 'register' && (
        <form onSubmit={register}>
          <p className="warning">
            {t('NIK ini belum terdaftar. Daftarkan dengan KTP dan KK pembeli.', "This NIK is not registered. Register it with the buyer's KTP and KK.")}
          </p>
          <label>
            {t('Nama sesuai KTP', 'Name as on the KTP')}
            <input data-autofocus value={reg.name} onChange={(e) => setReg({ ...reg, name: e.target.value })} />
          </label>
          <label>
            {t('Nomor KK (16 angka)', 'KK number (16 digits)')}
            <input inputMode="numeric" value={reg.kk} onChange={(e) => setReg({ ...reg, kk: e.target.value.replace(/\D/g, '').slice(0, 16) })} />
          </label>
          <label>
            {t('Kategori', 'Category')}
            <select value={reg.category} onChange={(e) => setReg({ ...reg, category: e.target.value as Category })}>
              <option value="RUMAH_TANGGA">{cat('RUMAH_TANGGA')}</option>
              <option value="USAHA_MIKRO">{cat('USAHA_MIKRO')}</option>
            </select>
          </label>
          {reg.category === 'USAHA_MIKRO' && (
            <label>
              NIB
              <input inputMode="numeric" value={reg.nib} onChange={(e) => setReg({ ...reg, nib: e.target.value })} />
            </label>
          )}
          {reg.category === 'USAHA_MIKRO' && (
            <BusinessCategorySelect value={reg.businessCategory} onChange={(code) => setReg({ ...reg, businessCategory: code })} />
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" onClick={() => setStep({ kind: 'nik' })}>
              {t('Kembali', 'Back')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              <kbd>Enter</kbd>
              {t('Daftarkan', 'Register')}
            </button>
          </div>
        </form>
      )}

      {step.kind === 'buyer' && (
        <BuyerStep
          status={step.status}
          requested={props.alreadyInCart(step.status.buyer.id) + 1}
          cat={cat}
          onAdd={props.onAdd}
          onBack={() => setStep({ kind: 'nik' })}
        />
      )}
    </Modal>
  );
}

function BuyerStep(props: { status: BuyerStatus; requested: number; cat(c: keyof typeof CATEGORY_NAMES): string; onAdd(pick: LpgPick): void; onBack(): void }) {
  const { t, err, lang } = useI18n();
  const { buyer, limits } = props.status;
  const refusal = lpgRefusal(props.status, props.requested, 'hard', lang);
  const softLimit = refusal ? null : lpgRefusal(props.status, props.requested, 'soft', lang);
  // Per transaction counts what is already in this cart for the buyer.
  const inCart = props.requested - 1;
  const perSale: LimitUse = {
    ...limits.perTransaction,
    used: inCart,
    remaining: limits.perTransaction.limit === null ? null : Math.max(0, limits.perTransaction.limit - inCart),
  };
  const rows: [string, LimitUse][] = [
    [t('Per transaksi (keranjang ini)', 'Per sale (this cart)'), perSale],
    [t('Pembelian hari ini', 'Purchases today'), limits.dayTransactions],
    [t('Tabung hari ini (NIK)', 'Cylinders today (NIK)'), limits.dayQty],
    [t('Tabung bulan ini (NIK)', 'Cylinders this month (NIK)'), limits.nikMonth],
    [t('Tabung bulan ini (KK)', 'Cylinders this month (KK)'), limits.kkMonth],
  ];
  const shown = rows.filter(([, l]) => l.mode !== 'off' && l.limit !== null);

  return (
    <div
      onKeyDown={(e) => {
        if (refusal) return;
        if (e.key === 'y' || e.key === 'Y') {
          e.preventDefault();
          props.onAdd({ buyer, emptyReturned: true });
        }
        if (e.key === 't' || e.key === 'T' || e.key === 'n' || e.key === 'N') {
          e.preventDefault();
          props.onAdd({ buyer, emptyReturned: false });
        }
      }}
    >
      <div className="buyer-card">
        <p className="big-name">{buyer.name}</p>
        <p>
          NIK <strong>{buyer.nikMasked}</strong> · KK {buyer.kkMasked} · <strong>{props.cat(buyer.category)}</strong>
          {buyer.businessName ? ` · ${buyer.businessName}` : ''}
        </p>
      </div>
      <table aria-label={t('Sisa batas pembelian', 'Remaining limits')}>
        <thead>
          <tr>
            <th>{t('Batas', 'Limit')}</th>
            <th className="num">{t('Terpakai', 'Used')}</th>
            <th className="num">{t('Batas', 'Limit')}</th>
            <th className="num">{t('Sisa', 'Left')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(([label, l]) => (
            <tr key={label} className={l.remaining === 0 ? 'row-zero' : undefined}>
              <td>
                {label}
                {l.mode === 'soft' ? ` (${t('peringatan', 'warning')})` : ''}
              </td>
              <td className="num">{l.used}</td>
              <td className="num">{l.limit}</td>
              <td className="num">
                <strong>{l.remaining ?? '–'}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {refusal ? (
        <>
          <p role="alert" className="error refusal">
            {t('Tidak bisa dijual', 'Cannot be sold')}: {err(refusal)}
          </p>
          <p className="muted">
            {t('Sampaikan alasan ini ke pembeli. Tekan Esc untuk kembali ke keranjang.', 'Tell the buyer this reason. Press Esc to return to the cart.')}
          </p>
          <div className="modal-actions">
            <button type="button" data-autofocus onClick={props.onBack}>
              {t('NIK lain', 'Another NIK')}
            </button>
          </div>
        </>
      ) : (
        <>
          {softLimit && (
            <p className="warning" role="status">
              {err(softLimit)}{' '}
              {t('Boleh dijual dengan persetujuan supervisor (PIN) saat pembayaran.', "Allowed with a supervisor's approval (PIN) at payment.")}
            </p>
          )}
          <p className="question">{t('Apakah tabung kosong dikembalikan?', 'Did an empty cylinder come back?')}</p>
          <div className="modal-actions">
            <button type="button" onClick={props.onBack}>
              {t('NIK lain', 'Another NIK')}
            </button>
            <button type="button" onClick={() => props.onAdd({ buyer, emptyReturned: false })}>
              <kbd>T</kbd>
              {t('Tidak, tanpa tabung kosong', 'No empty cylinder')}
            </button>
            <button type="button" data-autofocus className="primary" onClick={() => props.onAdd({ buyer, emptyReturned: true })}>
              <kbd>Y</kbd>
              {t('Ya, tabung kosong kembali', 'Yes, empty returned')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
