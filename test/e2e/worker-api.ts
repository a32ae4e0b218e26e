import { inject } from "vitest";
import { forms } from "../../shared/forms/catalogue.ts";
import { formsFiledBy } from "../../shared/forms/filing.ts";
import type { PeriodType } from "../../shared/periods/index.ts";

/** The forms a commune (what registerUnit makes) files for a period of this type: what the pane writes for it. */
export const communeForms = (type: PeriodType) => formsFiledBy(forms, "cap-xa", type);

/** A call to the real worker from the test (not from the browser), as the central office. */
export async function central<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${inject("baseUrl")}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${inject("adminToken")}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
}

/** Registers a commune with the central token and issues it a unit token. */
export async function registerUnit(code: string, name: string): Promise<string> {
  const unit = await central("PUT", `/api/v1/units/${code}`, { name, level: "cap-xa", parent: null });
  if (unit.status !== 201) throw new Error(`registering ${code}: ${unit.status} ${JSON.stringify(unit.json)}`);
  const token = await central<{ token: string }>("POST", `/api/v1/units/${code}/tokens`);
  if (token.status !== 201) throw new Error(`issuing a token for ${code}: ${token.status} ${JSON.stringify(token.json)}`);
  return token.json.token;
}

/** The path of a report (its latest version; `/versions` lists them). */
export const reportPath = (periodId: string, formId: string, unitCode: string) =>
  `/api/v1/submissions/${encodeURIComponent(periodId)}/${encodeURIComponent(formId)}/${encodeURIComponent(unitCode)}`;
