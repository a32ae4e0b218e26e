declare namespace Cloudflare {
  interface Env {
    /** The central office's token (a secret; `.dev.vars` locally). */
    ADMIN_TOKEN?: string;
    /** Optional JSON object overriding the default deadline rules. */
    DEADLINES?: string;
  }
}
