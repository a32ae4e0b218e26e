import type { FormDefinition } from "./types.ts";

/**
 * A function of a form worked out once per form and kept while the form lives: a form is never
 * changed once built, and a report asks the same of it for every one of thousands of units.
 */
export function perForm<T>(compute: (form: FormDefinition) => T): (form: FormDefinition) => T {
  const cache = new WeakMap<FormDefinition, T>();
  return (form) => {
    if (cache.has(form)) return cache.get(form)!;
    const value = compute(form);
    cache.set(form, value);
    return value;
  };
}
