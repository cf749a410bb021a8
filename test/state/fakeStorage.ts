/** localStorage in a Map, for tests: `full` makes every write throw, as a full storage does. */
export function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    full: false,
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(this: { full: boolean }, key: string, value: string) {
      if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}
