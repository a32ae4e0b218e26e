import { ApiFailure, NetworkError, type ApiClient, type SubmissionBody, type SubmitOutcome } from "../api/client.ts";
import type { KeyValueStore } from "./storage.ts";

/** A submission waiting to be delivered; its id is its Idempotency-Key. */
export interface QueuedSubmission {
  id: string;
  periodId: string;
  formId: string;
  unitCode: string;
  body: SubmissionBody;
  queuedAt: string;
  attempts: number;
  lastError?: string;
}

/** What happened to one queued submission when it was sent. `held`: kept for after a new sign-in. */
export type Delivery =
  | { item: QueuedSubmission; outcome: SubmitOutcome }
  | { item: QueuedSubmission; failure: ApiFailure }
  | { item: QueuedSubmission; held: ApiFailure };

/** Answers that say "not now" rather than "no": the item stays queued. */
const RETRY_LATER = new Set([408, 425, 429]);
const sameReport = (a: Pick<QueuedSubmission, "periodId" | "formId" | "unitCode">, b: typeof a) =>
  a.periodId === b.periodId && a.formId === b.formId && a.unitCode === b.unitCode;

const KEY = "outbox";

/**
 * Submissions kept across restarts until the worker has answered them. Every submission goes
 * through here: it is stored before it is sent, and resent with the same Idempotency-Key after a
 * network failure, so the worker stores it exactly once.
 */
export class Outbox {
  private flushing: Promise<Delivery[]> | null = null;
  private followUp: Promise<Delivery[]> | null = null;

  constructor(private readonly store: KeyValueStore) {}

  /** The waiting submissions, oldest first; only one unit's when a unit code is given. */
  list(unitCode?: string): QueuedSubmission[] {
    const text = this.store.get(KEY);
    if (!text) return [];
    try {
      const items = JSON.parse(text) as QueuedSubmission[];
      return unitCode === undefined ? items : items.filter((item) => item.unitCode === unitCode);
    } catch {
      return [];
    }
  }

  private save(items: QueuedSubmission[]): void {
    if (items.length === 0) this.store.remove(KEY);
    else this.store.set(KEY, JSON.stringify(items));
  }

  /**
   * Queues a submission. The same body of a report already waiting is that item again (same key,
   * so clicking Submit twice stores one version); a newer body replaces one never sent, and follows
   * one that may have reached the worker.
   */
  add(item: Omit<QueuedSubmission, "queuedAt" | "attempts">, now = new Date()): QueuedSubmission {
    const waiting = this.list();
    const same = waiting.find((q) => sameReport(q, item) && JSON.stringify(q.body) === JSON.stringify(item.body));
    if (same) return same;
    const queued: QueuedSubmission = { ...item, queuedAt: now.toISOString(), attempts: 0 };
    this.save([...waiting.filter((q) => !(sameReport(q, item) && q.attempts === 0)), queued]);
    return queued;
  }

  private update(id: string, change: (item: QueuedSubmission) => QueuedSubmission | null): void {
    const items: QueuedSubmission[] = [];
    for (const item of this.list()) {
      if (item.id !== id) items.push(item);
      else {
        const next = change(item);
        if (next) items.push(next);
      }
    }
    this.save(items);
  }

  /**
   * Sends one unit's waiting submissions in order. A network failure, a server error or a "not
   * now" stops the round and keeps the rest for later; so does a 401 (the token was revoked: the
   * item waits for a new sign-in). Any other answer (stored, rejected, refused) removes the item.
   */
  flush(client: ApiClient, unitCode: string): Promise<Delivery[]> {
    if (!this.flushing) {
      this.flushing = this.send(client, unitCode).finally(() => {
        this.flushing = null;
      });
      return this.flushing;
    }
    // A round is under way. It read the queue when it began and may be failing on a network that
    // has just come back (the `online` event) or miss what was queued since (Submit): one more
    // round follows it, shared by every call made meanwhile, and answers only its own deliveries.
    this.followUp ??= this.flushing
      .catch(() => undefined)
      .then(() => {
        this.followUp = null;
        return this.flush(client, unitCode);
      });
    return this.followUp;
  }

  private async send(client: ApiClient, unitCode: string): Promise<Delivery[]> {
    const deliveries: Delivery[] = [];
    for (const { id } of this.list(unitCode)) {
      const item = this.list(unitCode).find((q) => q.id === id);
      if (!item) continue;
      this.update(id, (q) => ({ ...q, attempts: q.attempts + 1 }));
      try {
        const outcome = await client.submit(item.periodId, item.formId, item.unitCode, item.body, item.id);
        this.update(id, () => null);
        deliveries.push({ item, outcome });
      } catch (error) {
        const retry = error instanceof NetworkError || (error instanceof ApiFailure && (error.status >= 500 || RETRY_LATER.has(error.status)));
        if (retry || (error instanceof ApiFailure && error.status === 401)) {
          this.update(id, (q) => ({ ...q, lastError: (error as Error).message }));
          if (error instanceof ApiFailure && error.status === 401) deliveries.push({ item, held: error });
          break;
        }
        if (!(error instanceof ApiFailure)) throw error;
        this.update(id, () => null);
        deliveries.push({ item, failure: error });
      }
    }
    return deliveries;
  }
}
