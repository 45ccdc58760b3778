// One count on screen: scan to count (a scan anywhere on the sheet, even into a count field, adds
// the quantity per scan to that product and jumps to its line), or type counts from the printed
// sheet (Enter or leaving the field saves). A blind count shows no system quantity to the counter.
import type { MethodInput, MethodOutput } from '../../shared/api';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { hasValidCheckDigit } from '../../shared/barcode';
import { attachWedgeScanner } from '../lib/wedgeScanner';
import { rupiah } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { useApi } from '../lib/session';
import { OpnamePostPanel } from './OpnamePostPanel';
import { ErrorBox, milliText, parseQty, useAction, useCall } from './officeKit';

type Line = MethodOutput<'opname.get'>['lines'][number];

export function OpnameDetail({ id, onClose, onDone }: { id: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const o = useCall((api) => api.opname.get({ opnameId: id }), [id]);
  const action = useAction();
  const [barcode, setBarcode] = useState('');
  const [scanQty, setScanQty] = useState('1');
  const [current, setCurrent] = useState<string | null>(null);
  const counting = o.data?.status === 'counting';
  const count = (input: Omit<MethodInput<'opname.count'>, 'opnameId'>) =>
    action.run(async () => {
      const line = await api.opname.count({ opnameId: id, ...input });
      o.reload();
      onDone(t(`Hitungan ${line.sku} tersimpan: ${milliText(line.countedMilli)}.`, `Count of ${line.sku} saved: ${milliText(line.countedMilli)}.`));
      return line;
    });
  const scanned = async (code: string) => {
    const line = await count({ barcode: code, qtyMilli: parseQty(scanQty) ?? 1000, mode: 'add' });
    if (line) setCurrent(line.productId);
  };
  const onScan = useEffectEvent((code: string) => void scanned(code));
  // A wedge scan typed into any field of the sheet: the detector takes the burst back out of the field.
  useEffect(() => (counting ? attachWedgeScanner(window, { onScan: (code) => onScan(code) }) : undefined), [counting]);
  if (!o.data) return <ErrorBox error={o.error} />;
  const op = o.data;
  const hidden = op.systemHidden;
  return (
    <div className="card print-area" role="region" aria-label={`${t('Stok opname', 'Stock count')} ${op.title}`}>
      <h2>
        {op.title} — {op.counted}/{op.total} {t('dihitung', 'counted')}
        {op.posted ? `, ${op.posted} ${t('diposting', 'posted')}` : ''}
      </h2>
      {hidden && <p className="info">{t('Hitung buta: jumlah sistem tidak ditampilkan.', 'Blind count: the system quantity is not shown.')}</p>}
      {counting && (
        <form
          className="grid no-print"
          aria-label={t('Hitung dengan scanner', 'Count with the scanner')}
          onSubmit={(e) => {
            e.preventDefault();
            if (barcode.trim()) void scanned(barcode.trim()).then(() => setBarcode(''));
          }}
        >
          <label>
            {t('Barcode (scan)', 'Barcode (scan)')}
            <input value={barcode} onChange={(e) => setBarcode(e.target.value)} data-wedge="own" autoFocus />
          </label>
          <label>
            {t('Jumlah per scan', 'Qty per scan')}
            <input value={scanQty} onChange={(e) => setScanQty(e.target.value)} inputMode="decimal" />
          </label>
          <button type="submit">{t('Tambah', 'Add')}</button>
        </form>
      )}
      <table aria-label={t('Lembar hitung', 'Count sheet')}>
        <thead>
          <tr>
            <th>{t('Kode', 'Code')}</th>
            <th>{t('Barang', 'Product')}</th>
            {!hidden && <th className="num">{t('Sistem', 'System')}</th>}
            <th className="num">{t('Fisik', 'Counted')}</th>
            {!hidden && <th className="num">{t('Selisih', 'Variance')}</th>}
            {!hidden && <th className="num">{t('Nilai selisih', 'Variance value')}</th>}
          </tr>
        </thead>
        <tbody>
          {op.lines.map((l) => (
            <CountRow
              key={l.productId}
              line={l}
              hidden={hidden}
              editable={counting && !l.posted}
              current={current === l.productId}
              onCount={count}
              onScan={(code) => void scanned(code)}
            />
          ))}
        </tbody>
      </table>
      {op.varianceValue !== null && (
        <p>
          {t('Total nilai selisih', 'Total variance value')}: <strong>{rupiah(op.varianceValue)}</strong>
        </p>
      )}
      <ErrorBox error={action.error} />
      {counting && !hidden && <OpnamePostPanel opname={op} onPosted={(m) => (o.reload(), onDone(m))} />}
      <div className="modal-actions no-print">
        <button type="button" onClick={onClose}>
          {t('Tutup', 'Close')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('Cetak lembar hitung', 'Print count sheet')}
        </button>
        {counting && !hidden && (
          <button
            type="button"
            onClick={() =>
              void action.run(async () => {
                await api.opname.cancel({ opnameId: id });
                o.reload();
                onDone(t(`Stok opname "${op.title}" dibatalkan.`, `Stock count "${op.title}" cancelled.`));
              })
            }
          >
            {t('Batalkan opname', 'Cancel count')}
          </button>
        )}
      </div>
    </div>
  );
}

function CountRow({
  line: l,
  hidden,
  editable,
  current,
  onCount,
  onScan,
}: {
  line: Line;
  hidden: boolean;
  editable: boolean;
  current: boolean;
  onCount: (input: Omit<MethodInput<'opname.count'>, 'opnameId'>) => Promise<unknown>;
  onScan: (code: string) => void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const row = useRef<HTMLTableRowElement>(null);
  // Jumping to the scanned line: in view, and its count field ready for a correction by hand.
  useEffect(() => {
    if (!current) return;
    row.current?.scrollIntoView({ block: 'center' });
    input.current?.focus();
    input.current?.select();
  }, [current, l.countedMilli]);
  const save = (text: string) => {
    // A barcode that reached the field (typed by hand, or a scan slower than the wedge detector
    // allows) is never a count: the field gets its count back and the code counts as a scan.
    const before = milliText(l.countedMilli);
    const typed = text.startsWith(before) ? text.slice(before.length) : text;
    if (hasValidCheckDigit(typed.trim())) {
      if (input.current) input.current.value = before;
      return onScan(typed.trim());
    }
    const q = parseQty(text);
    if (q !== null && q !== l.countedMilli) void onCount({ productId: l.productId, qtyMilli: q, mode: 'set' });
  };
  return (
    <tr ref={row} aria-current={current ? 'true' : undefined} className={current ? 'current-line' : undefined}>
      <td>{l.sku}</td>
      <td>
        {l.name} ({l.unit}){l.posted ? ` · ${t('diposting', 'posted')}` : ''}
      </td>
      {!hidden && <td className="num">{milliText(l.systemMilli)}</td>}
      <td className="num">
        {editable ? (
          <input
            ref={input}
            key={l.countedMilli ?? 'none'}
            className="count-input"
            aria-label={`${t('Fisik', 'Counted')} ${l.sku}`}
            defaultValue={milliText(l.countedMilli)}
            inputMode="decimal"
            onKeyDown={(e) => {
              if (e.key === 'Enter') save(e.currentTarget.value);
            }}
            onBlur={(e) => save(e.target.value)}
          />
        ) : (
          milliText(l.countedMilli)
        )}
      </td>
      {!hidden && (
        <td className="num" aria-label={`${t('Selisih', 'Variance')} ${l.sku}`}>
          {l.varianceMilli === null ? '' : milliText(l.varianceMilli)}
        </td>
      )}
      {!hidden && <td className="num">{l.varianceValue === null ? '' : rupiah(l.varianceValue)}</td>}
    </tr>
  );
}
