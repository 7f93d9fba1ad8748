/** JSON with object keys sorted: equal values give equal text, whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Sorted, without duplicates (by canonical text): the union of append-only lists. */
export function canonicalUnion<T>(lists: readonly (readonly T[])[]): T[] {
  const byText = new Map<string, T>();
  for (const list of lists) for (const item of list) byText.set(canonicalJson(item), item);
  return [...byText.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
