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

/** What happened to one queued submission when it was sent. */
export type Delivery =
  | { item: QueuedSubmission; outcome: SubmitOutcome }
  | { item: QueuedSubmission; failure: ApiFailure };

const KEY = "outbox";

/**
 * Submissions kept across restarts until the worker has answered them. Every submission goes
 * through here: it is stored before it is sent, and resent with the same Idempotency-Key after a
 * network failure, so the worker stores it exactly once.
 */
export class Outbox {
  private flushing: Promise<Delivery[]> | null = null;

  constructor(private readonly store: KeyValueStore) {}

  /** The waiting submissions, oldest first. */
  list(): QueuedSubmission[] {
    const text = this.store.get(KEY);
    if (!text) return [];
    try {
      return JSON.parse(text) as QueuedSubmission[];
    } catch {
      return [];
    }
  }

  private save(items: QueuedSubmission[]): void {
    if (items.length === 0) this.store.remove(KEY);
    else this.store.set(KEY, JSON.stringify(items));
  }

  /** Queues a submission; a newer one of the same report replaces one not yet sent. */
  add(item: Omit<QueuedSubmission, "queuedAt" | "attempts">, now = new Date()): QueuedSubmission {
    const queued: QueuedSubmission = { ...item, queuedAt: now.toISOString(), attempts: 0 };
    const others = this.list().filter(
      (q) => !(q.periodId === item.periodId && q.formId === item.formId && q.unitCode === item.unitCode && q.attempts === 0),
    );
    this.save([...others, queued]);
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
   * Sends every waiting submission in order. A network failure or a server error stops the round
   * and keeps the rest for later; an answer (stored, rejected, refused) removes the item.
   */
  flush(client: ApiClient): Promise<Delivery[]> {
    this.flushing ??= this.send(client).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async send(client: ApiClient): Promise<Delivery[]> {
    const deliveries: Delivery[] = [];
    for (const item of this.list()) {
      this.update(item.id, (q) => ({ ...q, attempts: q.attempts + 1 }));
      try {
        const outcome = await client.submit(item.periodId, item.formId, item.unitCode, item.body, item.id);
        this.update(item.id, () => null);
        deliveries.push({ item, outcome });
      } catch (error) {
        if (error instanceof NetworkError || (error instanceof ApiFailure && error.status >= 500)) {
          this.update(item.id, (q) => ({ ...q, lastError: error.message }));
          break;
        }
        if (!(error instanceof ApiFailure)) throw error;
        this.update(item.id, () => null);
        deliveries.push({ item, failure: error });
      }
    }
    return deliveries;
  }
}
