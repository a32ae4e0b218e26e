import { z } from "zod";
import { ReviewInputSchema, ReviewSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

export const review = route({
  method: "post", path: "/api/v1/reviews/{periodId}/{formId}/{unitCode}", tags: ["central"],
  summary: "Accept a report's latest version, or return it with a comment for amendment (central)",
  description:
    "`version` is the version reviewed: if the unit has sent a newer one meanwhile, 409 and nothing is recorded. " +
    "A returned report shows its comment to the unit; its next version reopens it.",
  request: {
    params: z.object({ periodId: z.string(), formId: z.string(), unitCode: z.string() }),
    body: { content: { "application/json": { schema: ReviewInputSchema } } },
  },
  responses: { 201: json(ReviewSchema, "Recorded"), ...errors(400, 401, 403, 404, 409, 413) },
});
