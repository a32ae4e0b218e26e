import type { Actor } from "./auth/actor.ts";

/** The Hono environment of the app: bindings and what middleware sets. */
export interface AppEnv {
  Bindings: Env;
  Variables: { actor: Actor };
}
