// Small pieces the back-office screens share: loading a call's result, showing an error in words,
// reading a quantity typed with a decimal comma, and saving a downloaded file.
import { useCallback, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { ApiError, type Api } from '../lib/api';
import { Dec, parseRupiah } from '../../shared/money';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';

/** Asks the host now and whenever `deps` change; `reload()` asks again. While a new answer is on its
 * way the last one stays on screen. */
export function useCall<R>(load: (api: Api) => Promise<R>, deps: readonly unknown[]): { data: R | null; error: unknown; loading: boolean; reload: () => void } {
  const api = useApi();
  const [tick, setTick] = useState(0);
  // Which request the state answers: loading is "the newest request has no answer yet".
  const key = JSON.stringify([...deps, tick]);
  const [state, setState] = useState<{ key: string | null; data: R | null; error: unknown }>({ key: null, data: null, error: null });
  const ask = useEffectEvent(() => load(api));
  useEffect(() => {
    let alive = true;
    ask().then(
      (data) => alive && setState({ key, data, error: null }),
      (error) => alive && setState({ key, data: null, error }),
    );
    return () => {
      alive = false;
    };
  }, [api, key]);
  return { data: state.data, error: state.error, loading: state.key !== key, reload: useCallback(() => setTick((t) => t + 1), []) };
}

export { useAction } from '../lib/useAction';

/** Typed rupiah for a call: junk stops here, in the words of AMOUNT_INVALID, before anything is sent. */
export function rupiahInput(text: string): number {
  const amount = parseRupiah(text);
  if (amount === null) throw new ApiError('AMOUNT_INVALID');
  return amount;
}

export function ErrorBox({ error }: { error: unknown }) {
  const { err } = useI18n();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {err(error)}
    </p>
  );
}

export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="office-page" aria-label={title}>
      <div className="office-head">
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** "12", "1,25" or "1.25" → milli-units; null when it is not a quantity. */
export function parseQty(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,3})?$/.test(t)) return null;
  return new Dec(t).mul(1000).toNumber();
}

export function milliText(milli: number | null | undefined): string {
  if (milli === null || milli === undefined) return '';
  return new Dec(milli).div(1000).toString().replace('.', ',');
}

export function todayLocal(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Makassar' }).format(new Date());
}

/** The first day of the month `n` months before this one, counted from today in WITA (early on the
 * 1st, UTC is still in the month before). */
export function monthsAgo(n: number): string {
  const d = new Date(`${todayLocal().slice(0, 8)}01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}

export interface ProductOption {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
  lpgKind: string | null;
}

export function useProducts(): ProductOption[] {
  const { data } = useCall((api) => api.catalogAdmin.list({ limit: 500 }), []);
  return data ?? [];
}

export function ProductSelect({
  label,
  value,
  onChange,
  products,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  products: ProductOption[];
}) {
  const { t } = useI18n();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('— pilih barang —', '— choose a product —')}</option>
      {products.map((p) => (
        <option key={p.productId} value={p.productId}>
          {p.sku} · {p.name}
        </option>
      ))}
    </select>
  );
}
