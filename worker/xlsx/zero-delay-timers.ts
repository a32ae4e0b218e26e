/**
 * ExcelJS's browser build carries browserify's `process.nextTick`: one queue for the whole
 * isolate, drained by a `setTimeout(…, 0)` that the first caller schedules. In workerd that timer
 * belongs to the request that set it, so a second request's ExcelJS work waits on the first one's
 * timer: it is run from the wrong request, or never when that request has ended, and the runtime
 * cancels the waiting request as hung (four parallel downloads gave two 500s).
 *
 * The shim keeps the `setTimeout` it finds when the bundle is evaluated. While ExcelJS loads (see
 * exceljs.ts), that `setTimeout` runs zero-delay callbacks as microtasks: the queue is then
 * drained before the request that filled it yields, and never waits on a timer.
 */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** Zero-delay callbacks as microtasks (handle 0, nothing to clear); anything else as usual. */
function microtaskSetTimeout(callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) {
  if (!delay) {
    queueMicrotask(() => callback(...args));
    return 0;
  }
  return realSetTimeout(callback, delay, ...args);
}

function microtaskClearTimeout(handle?: number) {
  if (handle) realClearTimeout(handle);
}

globalThis.setTimeout = microtaskSetTimeout as typeof setTimeout;
globalThis.clearTimeout = microtaskClearTimeout as typeof clearTimeout;

/** Gives the global timers back once ExcelJS has taken its own copies. */
export function restoreTimers(): void {
  globalThis.setTimeout = realSetTimeout;
  globalThis.clearTimeout = realClearTimeout;
}
