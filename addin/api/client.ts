import type { RouteConfig } from "@hono/zod-openapi";
import * as audit from "../../shared/api/routes/audit.ts";
import * as catalogue from "../../shared/api/routes/catalogue.ts";
import * as locks from "../../shared/api/routes/locks.ts";
import * as reports from "../../shared/api/routes/reports.ts";
import * as reviews from "../../shared/api/routes/reviews.ts";
import * as status from "../../shared/api/routes/status.ts";
import * as submissions from "../../shared/api/routes/submissions.ts";
import * as plans from "../../shared/api/routes/task-plans.ts";
import { answerSchema, routePath, type RouteAnswer, type RouteInput } from "../../shared/api/routes/typed.ts";
import {
  ErrorSchema, ReceiptSchema, RejectionSchema, SubmissionSchema,
  type Me, type PeriodWithLock, type Receipt, type Report, type ReviewInput, type Status, type Submission,
} from "../../shared/api/schemas.ts";
import type { ReportSheets, WorkbookParts } from "../../shared/api/report-sheets-schema.ts";
import type { Issue } from "../../shared/validation/issue.ts";
import { checkForm } from "../../shared/forms/check-form.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";

/** How long a request may take before it counts as a network failure. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** The worker could not be reached: the request may be retried later. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

/**
 * An answer that is not the worker's JSON: a gateway's page (502, 504), or wrangler's "Your worker
 * restarted mid-request" (503, text) while the local worker reloads. Retried like any 5xx.
 */
function unanswered(status: number, otherwise: string): ApiFailure {
  if (status === 502 || status === 503 || status === 504) {
    return new ApiFailure(status, "unavailable", `Máy chủ tạm thời không trả lời (${status}). Thử lại sau ít phút.`);
  }
  return new ApiFailure(status, "unexpected", otherwise);
}

/** The worker answered with an error (`{"error": {"code", "message"}}`). */
export class ApiFailure extends Error {
  override name = "ApiFailure";
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** What a submission attempt came to. */
export type SubmitOutcome =
  | { kind: "stored"; status: number; receipt: Receipt }
  | { kind: "rejected"; errors: Issue[]; warnings: Issue[] };

/** A submission's body. */
export interface SubmissionBody {
  values: Record<string, unknown>;
  notes?: string;
  explanations?: Record<string, string>;
}

/** The worker's v1 API as the task pane uses it; every answer parsed with the shared schemas. */
export class ApiClient {
  constructor(
    private readonly base: string,
    private readonly token: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async request(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
    let status: number;
    let text: string;
    try {
      const response = await this.fetcher(`${this.base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.token}`,
          ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        // A stalled connection must not leave the pane busy: give up, the outbox resends with the same key.
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    try {
      return { status, json: text ? (JSON.parse(text) as unknown) : null };
    } catch {
      // A proxy's or portal's HTML page: the worker was not what answered.
      if (status >= 200 && status < 300) throw new NetworkError(`not JSON (HTTP ${status})`);
      throw unanswered(status, `Máy chủ trả lời ${status} không đúng định dạng.`);
    }
  }

  private fail(status: number, json: unknown): never {
    const parsed = ErrorSchema.safeParse(json);
    if (parsed.success) throw new ApiFailure(status, parsed.data.error.code, parsed.data.error.message);
    throw unanswered(status, `Máy chủ trả lời ${status}.`);
  }

  /**
   * A JSON route of the contract (shared/api/routes): its path filled from `params`, the answer parsed
   * with the route's schema for the 2xx status it answered; any other answer throws ApiFailure with
   * the server's message.
   */
  async route<R extends RouteConfig>(route: R, input: RouteInput<R> = {}): Promise<RouteAnswer<R>> {
    const { status, json } = await this.exchange(route, input);
    const schema = status >= 200 && status < 300 ? answerSchema(route, status) : undefined;
    if (schema === undefined) this.fail(status, json);
    return (schema === null ? null : schema.parse(json)) as RouteAnswer<R>;
  }

  /** Sends the route's request: the status and the JSON answered, whatever the status. */
  private exchange<R extends RouteConfig>(route: R, input: RouteInput<R>) {
    const path = routePath(route, input.params as Record<string, string> | undefined, input.query as Record<string, unknown> | undefined);
    return this.request(route.method.toUpperCase(), path, { body: input.body, headers: input.headers });
  }

  /** Sends a file's bytes as the body (an import): the status and the parsed answer, whatever the status. */
  async send(path: string, file: Blob, contentType: string): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${this.token}`, "Content-Type": contentType },
        body: file,
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const json = await response.json().catch(() => null);
    if (response.status >= 400 && response.status !== 422) this.fail(response.status, json);
    return { status: response.status, json };
  }

  /** Who the token belongs to; 401 means it is wrong or revoked. */
  me(): Promise<Me> {
    return this.route(catalogue.me);
  }

  /** A period with its window, deadline and whether the central office has locked it. */
  period(id: string): Promise<PeriodWithLock> {
    return this.route(catalogue.period, { params: { periodId: id } });
  }

  forms() {
    return this.route(catalogue.forms);
  }

  /**
   * The plans' progress forms the unit files for a period (its own tasks as rows), checked as the
   * catalogue's forms are: the worker builds them from the same definitions.
   */
  async progressForms(periodId: string, unitCode: string): Promise<FormDefinition[]> {
    const forms = await this.route(plans.progressForms, { params: { periodId, unitCode } });
    return forms.map((form) => checkForm(form as unknown as FormDefinition));
  }

  /** The latest version of a report, or null when none was submitted. */
  async latest(periodId: string, formId: string, unitCode: string): Promise<Submission | null> {
    const { status, json } = await this.exchange(submissions.latest, { params: { periodId, formId, unitCode } });
    if (status === 404) return null;
    if (status !== 200) this.fail(status, json);
    return SubmissionSchema.parse(json);
  }

  /** The unit's earlier reports of the same form and period type, newest first: what the rules compare with. */
  async history(periodId: string, formId: string, unitCode: string): Promise<{ periodId: string; values: Record<string, unknown> }[]> {
    return (await this.route(submissions.history, { params: { periodId, formId, unitCode } })).reports;
  }

  versions(periodId: string, formId: string, unitCode: string) {
    return this.route(submissions.versions, { params: { periodId, formId, unitCode } });
  }

  version(periodId: string, formId: string, unitCode: string, version: number): Promise<Submission> {
    return this.route(submissions.version, { params: { periodId, formId, unitCode, version: String(version) } });
  }

  /** Accepts a report's version, or returns it with a comment (central). */
  async review(periodId: string, formId: string, unitCode: string, input: { decision: ReviewInput["decision"]; version: number; comment?: string }): Promise<void> {
    // A return without a comment is the worker's to refuse, in its words (400).
    await this.route(reviews.review, { params: { periodId, formId, unitCode }, body: input as ReviewInput });
  }

  /** Who submitted what for a period (central). */
  status(periodId: string): Promise<Status> {
    return this.route(status.status, { params: { periodId } });
  }

  /** The consolidated report of one form (central). */
  report(periodId: string, formId: string): Promise<Report> {
    return this.route(reports.report, { params: { periodId, formId } });
  }

  /**
   * The consolidated workbook's bytes and file name (central), or one part of a workbook served in
   * parts (asked for whole, such a workbook fails with ApiFailure `workbook_in_parts`).
   */
  workbook(periodId: string, part?: number): Promise<{ bytes: Blob; fileName: string }> {
    return this.file(periodId, "xlsx", part);
  }

  /** The parts a period's consolidated workbook is served in (one for a province). */
  workbookParts(periodId: string): Promise<WorkbookParts> {
    return this.route(reports.reportParts, { params: { periodId } });
  }

  /** The city's draft report as a Word document, and its file name (central). */
  draftReport(periodId: string): Promise<{ bytes: Blob; fileName: string }> {
    return this.file(periodId, "docx");
  }

  private file(periodId: string, extension: "xlsx" | "docx", part?: number): Promise<{ bytes: Blob; fileName: string }> {
    const path = routePath(extension === "xlsx" ? reports.workbook : reports.draft, { periodId }, { part });
    return this.fetchFile(path, `bao-cao-${periodId}${part ? `-${part}` : ""}.${extension}`);
  }

  /** A file the worker answers (a workbook, a document): its bytes and the name it gives, or `fallbackName`. */
  async fetchFile(path: string, fallbackName: string): Promise<{ bytes: Blob; fileName: string }> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        headers: { Authorization: `Bearer ${this.token}` },
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (response.status !== 200) this.fail(response.status, await response.json().catch(() => null));
    const disposition = response.headers.get("Content-Disposition") ?? "";
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    return { bytes: await response.blob(), fileName: encoded ? decodeURIComponent(encoded) : fallbackName };
  }

  /** The consolidated workbook's sheets as data, to insert into the open workbook (central): one part (default the first). */
  reportSheets(periodId: string, part = 1): Promise<ReportSheets> {
    return this.route(reports.reportSheets, { params: { periodId }, query: { part: String(part) } });
  }

  /** A period's lock state and its lock history (central). */
  lockState(periodId: string) {
    return this.route(locks.lockState, { params: { periodId } });
  }

  /** Locks (khóa sổ) or reopens a period, with an optional reason (central). */
  setLocked(periodId: string, locked: boolean, reason?: string) {
    const trimmed = reason?.trim();
    return this.route(locked ? locks.lock : locks.reopen, { params: { periodId }, body: trimmed ? { reason: trimmed } : {} });
  }

  /** The audit log, newest first, filtered by unit, period and action; `before` pages to older entries (central). */
  audit(query: { unit?: string; period?: string; action?: string; limit?: number; before?: number } = {}) {
    return this.route(audit.audit, { query });
  }

  /** Submits a report; a 422 is an outcome (the issues), any other failure throws. */
  async submit(periodId: string, formId: string, unitCode: string, body: SubmissionBody, idempotencyKey: string): Promise<SubmitOutcome> {
    const { status, json } = await this.exchange(submissions.submit, {
      params: { periodId, formId, unitCode }, body, headers: { "Idempotency-Key": idempotencyKey },
    });
    if (status === 200 || status === 201) return { kind: "stored", status, receipt: ReceiptSchema.parse(json) };
    if (status === 422) {
      const rejection = RejectionSchema.parse(json);
      return { kind: "rejected", errors: rejection.errors, warnings: rejection.warnings };
    }
    this.fail(status, json);
  }
}
