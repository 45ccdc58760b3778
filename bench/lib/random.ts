// A seeded PRNG (mulberry32): the same seed gives the same outlet, byte for byte, on every machine.
export interface Rng {
  /** [0, 1) */
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Skewed towards 0: a few products sell a lot, most sell a little (like a real shop). */
  skewed(n: number, power?: number): number;
  hex(bytes: number): string;
}

export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    skewed: (n, power = 3) => Math.min(n - 1, Math.floor(n * next() ** power)),
    hex: (bytes) => {
      let s = '';
      for (let i = 0; i < bytes; i++) s += int(0, 255).toString(16).padStart(2, '0');
      return s;
    },
  };
}

/** A UUIDv7 whose time part is the given instant and whose random part comes from the seed. */
export function seededUuidv7(rng: Rng, ms: number): string {
  const ts = ms.toString(16).padStart(12, '0');
  const r = rng.hex(10);
  const variant = ((parseInt(r.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
  return `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(7, 19)}`;
}
