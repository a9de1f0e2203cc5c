export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string ? T[K] : DeepPartial<T[K]>;
};

type Tree = { [key: string]: Tree | string | undefined };

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns a new tree: `over`'s leaves replace `base`'s, missing branches keep `base`'s. */
export function deepMerge<T extends object>(base: T, over: object): T {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isTree(current) && isTree(value) ? deepMerge(current, value) : (value as Tree);
  }
  return out as T;
}

/** Every leaf of a message tree as `dotted.path` → value. */
export function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isTree(value)) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}
