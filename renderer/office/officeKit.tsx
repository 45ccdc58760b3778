// Small pieces the back-office screens share: loading a call's result, showing an error in words,
// reading a quantity typed with a decimal comma, and saving a downloaded file.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Dec } from '../../shared/money';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';

/** Calls `method` with `input` now and whenever `deps` change; `reload()` calls it again. */
export function useCall<R>(method: string, input: unknown, deps: unknown[]): { data: R | null; error: unknown; loading: boolean; reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<{ data: R | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    api.call<R>(method, input).then(
      (data) => alive && setState({ data, error: null, loading: false }),
      (error) => alive && setState({ data: null, error, loading: false }),
    );
    return () => {
      alive = false;
    };
  }, [api, method, tick, ...deps]);
  return { ...state, reload: useCallback(() => setTick((t) => t + 1), []) };
}

/** Runs an action, keeping its error (in words) and a busy flag for the button. */
export function useAction(): { busy: boolean; error: unknown; run: <T>(fn: () => Promise<T>) => Promise<T | undefined>; clear: () => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(fn: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}

export function ErrorBox({ error }: { error: unknown }) {
  const { err } = useI18n();
  if (!error) return null;
  return <p role="alert" className="error">{err(error)}</p>;
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

export function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}

/** Saves base64 content as a file through the browser's download. */
export function saveBase64(fileName: string, mime: string, base64: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
  const { data } = useCall<ProductOption[]>('catalogAdmin.list', { limit: 500 }, []);
  return data ?? [];
}

export function ProductSelect({ label, value, onChange, products }: { label: string; value: string; onChange: (id: string) => void; products: ProductOption[] }) {
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
