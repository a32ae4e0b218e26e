import { createApp } from "./app.ts";
import { withTimeLimit } from "./time-limit.ts";

const app = createApp();

export default { fetch: withTimeLimit((request, env, ctx) => app.fetch(request, env, ctx)) } satisfies ExportedHandler<Env>;
