import { z } from "zod";
import { StatusSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

export const status = route({
  method: "get", path: "/api/v1/status/{periodId}", tags: ["central"],
  summary: "Every unit × form of a period: missing, submitted or late, with counts per level (central)",
  description:
    "`counts` has one entry per level and `all`, each by form id: `expected` (units of that level), `submitted` " +
    "(late included), `late`, `missing` (= expected − submitted), `returned` and `accepted` (the latest version's review). " +
    "`locked` says whether the period is locked.",
  request: { params: z.object({ periodId: z.string() }) },
  responses: { 200: json(StatusSchema, "The status matrix"), ...errors(401, 403, 404) },
});
