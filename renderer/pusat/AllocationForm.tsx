// The dinas sets a koperasi's Bulog allocation for a product and month (allocations.set); the pusat
// keeps every change with who made it. A pendamping only reads it in the panel above.
import { useState, type FormEvent } from 'react';
import { DateInput } from '../lib/DateInput';
import { month as monthText } from '../lib/format';
import type { CentralTree, Output } from './centralClient';

/** "30", "2,5" or "1.200" (id-ID: a dot groups thousands, a comma starts the decimals) → milli-units. */
function unitsToMilli(text: string): number | null {
  const m = /^(\d{1,9})(?:,(\d{1,3}))?$/.exec(text.trim().replace(/\.(?=\d{3}(\D|$))/g, ''));
  if (!m) return null;
  return Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
}

export function AllocationForm({
  api,
  names,
  products,
  initialMonth,
  onSaved,
}: {
  api: CentralTree;
  names: Map<string, string>;
  products: Pick<Output<'dash.bulogAllocation'>[number], 'sku' | 'name' | 'program' | 'unit'>[];
  initialMonth: string;
  onSaved: () => void;
}) {
  const [koperasiId, setKoperasiId] = useState([...names.keys()][0] ?? '');
  const [sku, setSku] = useState(products[0]?.sku ?? '');
  const [month, setMonth] = useState(initialMonth);
  const [qty, setQty] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const product = products.find((p) => p.sku === sku);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const qtyMilli = unitsToMilli(qty);
    if (qtyMilli === null) return setMessage({ ok: false, text: 'Jumlah alokasi harus angka, paling banyak tiga desimal (mis. 40 atau 2,5).' });
    if (!product) return setMessage({ ok: false, text: 'Pilih produk Bulog.' });
    if (!month) return setMessage({ ok: false, text: 'Isi bulan sebagai bb/tttt.' });
    try {
      await api.allocations.set({ koperasiId, sku, program: product.program, month, qtyMilli });
      setMessage({ ok: true, text: `Tersimpan: ${names.get(koperasiId) ?? koperasiId}, ${product.name}, ${monthText(month, 'long')}.` });
      onSaved();
    } catch (caught) {
      setMessage({ ok: false, text: (caught as Error).message });
    }
  }

  return (
    <section aria-labelledby="allocation-h">
      <h2 id="allocation-h">Isi alokasi Bulog</h2>
      {products.length === 0 ? (
        <p>Belum ada gerai yang mengirim produk SPHP atau Minyakita; alokasi bisa diisi setelah katalognya tersinkron.</p>
      ) : (
        <form className="filters" aria-labelledby="allocation-h" onSubmit={(e) => void submit(e)}>
          <label>
            {/* Not "Koperasi": that names the period's koperasi filter above. */}
            Penerima alokasi{' '}
            <select value={koperasiId} onChange={(e) => setKoperasiId(e.target.value)}>
              {[...names].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Produk{' '}
            <select value={sku} onChange={(e) => setSku(e.target.value)}>
              {products.map((p) => (
                <option key={p.sku} value={p.sku}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Bulan <DateInput month required value={month} onChange={setMonth} size={8} />
          </label>
          <label>
            Alokasi ({product?.unit ?? 'satuan'}) <input inputMode="decimal" required value={qty} onChange={(e) => setQty(e.target.value)} size={8} />
          </label>
          <button type="submit">Simpan alokasi</button>
        </form>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
