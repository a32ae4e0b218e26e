import { useCallback, useEffect, useMemo, useState } from "react";
import type { Label } from "../../shared/forms/types.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { ApiClient, ApiFailure, NetworkError } from "../api/client.ts";
import type { KeyValueStore } from "../state/storage.ts";

/** A unit as it signed in: with its level's name as the deployment gives it. */
export type SignedInUnit = Unit & { levelName?: Label };

/** The signed-in unit, or why there is none. */
export type Session =
  | { state: "checking" }
  | { state: "signed-out"; problem?: "bad-token" | "central-token" | "offline" }
  | { state: "signed-in"; unit: SignedInUnit; client: ApiClient }
  | { state: "central"; client: ApiClient };

const TOKEN = "token";
const UNIT = "unit";

/**
 * The token kept across restarts; signing out forgets it. `central` says whether the central
 * office's token opens the central mode here, or is refused (a unit-only place).
 */
export function useSession(store: KeyValueStore, base: string, central = true) {
  const [session, setSession] = useState<Session>({ state: "checking" });

  const signIn = useCallback(
    async (token: string, remembered = false) => {
      const client = new ApiClient(base, token);
      try {
        const me = await client.me();
        if (me.role === "central") {
          if (!central) return setSession({ state: "signed-out", problem: "central-token" });
          store.set(TOKEN, token);
          return setSession({ state: "central", client });
        }
        store.set(TOKEN, token);
        store.set(UNIT, JSON.stringify(me.unit));
        setSession({ state: "signed-in", unit: me.unit, client });
      } catch (error) {
        const unreachable = error instanceof NetworkError || (error instanceof ApiFailure && error.status !== 401);
        if (unreachable && remembered) {
          // Offline or a server in trouble at start: keep working with the unit we knew; the outbox waits.
          const unit = store.get(UNIT);
          if (unit) return setSession({ state: "signed-in", unit: JSON.parse(unit) as SignedInUnit, client });
        }
        if (error instanceof ApiFailure && error.status === 401) {
          store.remove(TOKEN);
          return setSession({ state: "signed-out", problem: "bad-token" });
        }
        setSession({ state: "signed-out", problem: unreachable ? "offline" : "bad-token" });
      }
    },
    [store, base, central],
  );

  const signOut = useCallback(() => {
    store.remove(TOKEN);
    store.remove(UNIT);
    setSession({ state: "signed-out" });
  }, [store]);

  useEffect(() => {
    const token = store.get(TOKEN);
    if (token) void signIn(token, true);
    else setSession({ state: "signed-out" });
  }, [store, signIn]);

  /** The worker refused the token mid-session (revoked): back to sign-in, saying why; the outbox keeps its items. */
  const expire = useCallback(() => {
    store.remove(TOKEN);
    setSession({ state: "signed-out", problem: "bad-token" });
  }, [store]);

  return useMemo(() => ({ session, signIn, signOut, expire }), [session, signIn, signOut, expire]);
}
