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
const CACHE = "baocao-pane";
/** What the pane needs to start; the rest of Office.js is cached as it is fetched. */
const SHELL = ["taskpane.html", "taskpane.js", "office/office.js"];
/** How long a slow network may keep the clerk waiting when a cached copy is at hand. */
const PATIENCE_MS = 4000;

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((path) => new URL(path, worker.registration.scope).href)))
      .catch(() => undefined) // offline at install: files are cached as they are fetched
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(worker.registration.scope)) return;
  event.respondWith(networkFirst(request, event));
});

/** The network's answer, cached; the cached copy when the network fails or keeps us waiting. */
async function networkFirst(request: Request, event: ExtendableEventLike): Promise<Response> {
  const cache = await caches.open(CACHE);
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  event.waitUntil(fresh.catch(() => undefined));
  const cached = await cache.match(request, { ignoreSearch: true });
  if (!cached) return fresh;
  const late = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), PATIENCE_MS));
  return Promise.race([fresh.catch(() => cached), late]);
}
