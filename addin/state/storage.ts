/** A small typed wrapper over localStorage, so state survives Excel restarts. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const PREFIX = "baocao.";

/** The browser's localStorage, or memory when it is unavailable (private mode, tests). */
export function browserStore(): KeyValueStore {
  try {
    const storage = globalThis.localStorage;
    storage.setItem(`${PREFIX}probe`, "1");
    storage.removeItem(`${PREFIX}probe`);
    return {
      get: (key) => storage.getItem(PREFIX + key),
      set: (key, value) => storage.setItem(PREFIX + key, value),
      remove: (key) => storage.removeItem(PREFIX + key),
    };
  } catch {
    return memoryStore();
  }
}

/** A store in memory. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}
