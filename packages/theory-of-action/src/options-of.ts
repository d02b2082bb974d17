/**
 * A plain copy of an options argument, read once: `undefined`, `null`, a non-object or an object
 * that throws when read (a throwing getter, a Proxy) gives `{}`, so that options never make a
 * function throw. Internal helper, not exported from the package entries.
 */
export function optionsOf<T extends object>(options: T | null | undefined): Partial<T> {
  if (typeof options !== 'object' || options === null) return {};
  try {
    return { ...options };
  } catch {
    return {};
  }
}
