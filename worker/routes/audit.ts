import * as routes from "../../shared/api/routes/audit.ts";
import { central } from "../middleware/roles.ts";
import { listAudit } from "../repositories/audit.repo.ts";
import { api } from "./api.ts";

/** Who did what, when: every role of the central office reads it. */
export const auditApi = api();
auditApi.use("/api/v1/audit", central());
auditApi.openapi(routes.audit, async (c) => c.json(await listAudit(c.env.DB, c.req.valid("query")), 200));
