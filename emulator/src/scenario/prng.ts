/**
 * Seeded randomness for the scenario. Everything the emulator invents is derived from
 * (seed, tenant id, what, index) through these functions, so the same inputs always give the
 * same data, and any item can be rebuilt on its own without generating the ones before it.
 */

/** FNV-1a over the parts, finished with a murmur3 avalanche so close inputs spread apart. */
export function hash32(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = typeof part === 'number' ? `#${part}` : part;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    // A separator so ('ab','c') and ('a','bc') differ.
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Combines two 32-bit values (e.g. a tenant seed and a slice number) into a new seed. */
export function mix32(a: number, b: number): number {
  return fmix32((a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0);
}

function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for synthetic data, and fully determined by its seed. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  u32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by relative weight: [[value, weight], ...]. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Standard normal (Box-Muller). */
  gaussian(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Poisson count; Knuth for small means, a rounded normal for large ones. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean < 40) {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = 1;
      do {
        k++;
        p *= this.next();
      } while (p > limit);
      return k - 1;
    }
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.gaussian()));
  }

  hex(length: number, upper = false): string {
    let s = '';
    while (s.length < length) s += hex8(this.u32());
    s = s.slice(0, length);
    return upper ? s.toUpperCase() : s;
  }

  /** A random (version 4 shaped) GUID. */
  guid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = ((this.u32() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.u32();
    const b2 = hex8(((b & 0xffff0fff) | 0x4000) >>> 0);
    const c2 = hex8(c);
    return `${hex8(a)}-${b2.slice(0, 4)}-${b2.slice(4)}-${c2.slice(0, 4)}-${c2.slice(4)}${hex8(d)}`;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(x: number): string {
  return (
    (HEX[x >>> 24] as string) +
    (HEX[(x >>> 16) & 255] as string) +
    (HEX[(x >>> 8) & 255] as string) +
    (HEX[x & 255] as string)
  );
}

/** A GUID that is a pure function of its parts. */
export function stableGuid(...parts: ReadonlyArray<string | number>): string {
  return new Rng(hash32(...parts)).guid();
}

/** A new Rng seeded from the parts. */
export function rngFor(...parts: ReadonlyArray<string | number>): Rng {
  return new Rng(hash32(...parts));
}
