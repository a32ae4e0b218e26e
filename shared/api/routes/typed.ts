import type { RouteConfig } from "@hono/zod-openapi";
import type { z } from "zod";

/** What a caller gives a route: its path parameters, query, JSON body, as the route's schemas take them. */
type RequestPart<R extends RouteConfig, K extends "params" | "query"> =
  R["request"] extends { [P in K]: infer S extends z.ZodType } ? z.input<S> : undefined;
type BodyOf<R extends RouteConfig> =
  R["request"] extends { body: { content: { "application/json": { schema: infer S extends z.ZodType } } } } ? z.input<S> : undefined;

export interface RouteInput<R extends RouteConfig> {
  params?: RequestPart<R, "params">;
  query?: RequestPart<R, "query">;
  body?: BodyOf<R>;
  headers?: Record<string, string>;
}

type JsonOf<A> = A extends { content: { "application/json": { schema: infer S extends z.ZodType } } } ? z.infer<S> : null;
type Success = 200 | 201 | 202 | 204;

/** The answer of a route's success statuses (2xx), parsed with their schemas: null for one without a body. */
export type RouteAnswer<R extends RouteConfig> = {
  [K in keyof R["responses"]]: K extends Success ? JsonOf<R["responses"][K]> : never;
}[keyof R["responses"]];

/** The JSON schema of the route's answer with this status, or undefined when the route does not declare it. */
export function answerSchema(route: RouteConfig, status: number): z.ZodType | null | undefined {
  const answer = (route.responses as Record<number, { content?: Record<string, { schema?: unknown }> }>)[status];
  if (!answer) return undefined;
  return (answer.content?.["application/json"]?.schema as z.ZodType | undefined) ?? null;
}

/** The route's path with its parameters filled in, and its query: "/api/v1/status/2026-11". */
export function routePath(route: RouteConfig, params: Record<string, string | number> = {}, query: Record<string, unknown> = {}): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.path}: thiếu tham số ${name}`);
    return encodeURIComponent(String(value));
  });
  const search = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return search.length ? `${path}?${search.join("&")}` : path;
}
