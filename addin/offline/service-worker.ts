/**
 * The task pane's service worker (served as /addin/sw.js, scope /addin/): the pane's own files and
 * Office.js, network first, kept in a cache so that Excel restarted without a network still opens
 * the pane, signed in, with its queue of reports waiting to be sent. The API (/api/) is outside
 * the scope and never cached.
 */

/** The few service-worker globals used here (the pane's TypeScript lib is the DOM's). */
interface WorkerScope {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration: { scope: string };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEventLike) => void): void;
}
interface ExtendableEventLike {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

const worker = self as unknown as WorkerScope;
/** Stamped at build (scripts/build-addin.ts): each build caches its own files, so one build's page never runs another's code. */
declare const BUILD_ID: string;
const PREFIX = "baocao-pane-";
const CACHE = `${PREFIX}${BUILD_ID}`;
/** What the pane needs to start; the rest of Office.js is cached as it is fetched. */
const SHELL = ["taskpane.html", "taskpane.js", "office/office.js"];
/** How long a slow network may delay Office.js's own files when a cached copy is at hand. */
const PATIENCE_MS = 4000;

/** Office adds `?_host_Info=…` to the page's address: one cache entry per file, whatever the query. */
const keyOf = (url: string) => {
  const key = new URL(url);
  key.search = "";
  return key.href;
};

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((path) => new URL(path, worker.registration.scope).href)))
      .catch(() => undefined) // offline at install: files are cached as they are fetched
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  ),
);

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(worker.registration.scope)) return;
  const vendor = request.url.startsWith(new URL("office/", worker.registration.scope).href);
  const { response, stored } = networkFirst(request, vendor);
  event.respondWith(response);
  event.waitUntil(stored);
});

/**
 * The network's answer, kept in the cache; the cached copy when the network fails. Only Office.js's
 * files (the same in every build) may also come from the cache when the network is slow: the pane's
 * own page and script always come together, both fresh or both cached.
 */
function networkFirst(request: Request, vendor: boolean): { response: Promise<Response>; stored: Promise<unknown> } {
  const key = keyOf(request.url);
  const fresh = fetch(request);
  // Copied as soon as it arrives, before the page reads it; a failed cache write loses nothing.
  const stored = fresh
    .then((answer) => {
      const copy = answer.ok ? answer.clone() : null;
      return copy && caches.open(CACHE).then((cache) => cache.put(key, copy));
    })
    .catch(() => undefined);
  const response = caches.match(key, { cacheName: CACHE }).then((cached) => {
    if (!cached) return fresh;
    const fallback = fresh.catch(() => cached);
    if (!vendor) return fallback;
    const late = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), PATIENCE_MS));
    return Promise.race([fallback, late]);
  });
  return { response, stored };
}
