import { Button, Caption1, MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { z } from "zod";
import type { StaffMemberSchema, StaffRole, StaffSchema } from "../../shared/api/schemas.ts";
import type { ApiClient } from "../api/client.ts";
import { registryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import { AdminTokenRetire } from "./AdminTokenRetire.tsx";
import { actorWords } from "./audit-words.ts";
import { OneTimeToken } from "./OneTimeToken.tsx";
import { ROLES } from "./role-words.ts";
import { StaffAddForm } from "./StaffAddForm.tsx";
import { TokenList } from "./TokenList.tsx";
import { vnClock } from "../../shared/text/vietnam-format.ts";

type Person = z.infer<typeof StaffSchema>;
type StaffMember = z.infer<typeof StaffMemberSchema>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The central office's people (administrators only): add one with a role, change roles, retire or
 * bring back, issue and revoke their tokens (a new token shown once), retire the bootstrap token.
 */
export function StaffPanel(props: { client: ApiClient; me: StaffMember | null }) {
  const t = useT();
  const api = useMemo(() => registryApi(props.client), [props.client]);
  const [people, setPeople] = useState<Person[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setPeople(await api.staff());
    } catch (error) {
      setProblem(message(error));
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a change, shows the server's refusal if any, and reloads the list either way (a refused role change snaps back). */
  const act = async (change: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await change();
    } catch (error) {
      setProblem(message(error));
    }
    await load();
  };

  const add = async (name: string, role: StaffRole, expiresOn: string | null) => {
    setProblem(null);
    try {
      const added = await api.addStaff(name, role, expiresOn);
      setFresh({ name: added.name, token: added.token });
      await load();
      return true;
    } catch (error) {
      setProblem(message(error));
      return false;
    }
  };

  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }} data-testid="staff">
      <Subtitle2>{t("rStaff")}</Subtitle2>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {fresh && <OneTimeToken name={fresh.name} token={fresh.token} onDismiss={() => setFresh(null)} />}
      <StaffAddForm onAdd={add} />
      {!people && !problem && <Spinner label={t("loading")} />}
      {people?.length === 0 && <span>{t("rStaffNone")}</span>}
      {people?.map((person) => (
        <StaffCard
          key={person.id}
          person={person}
          self={props.me?.id === person.id}
          onRole={(role) => void act(() => api.changeStaff(person.id, { role }))}
          onRetired={(retired) => void act(() => api.changeStaff(person.id, { retired }))}
          onIssue={() =>
            void act(async () => {
              const { token } = await api.issueStaffToken(person.id, null);
              setFresh({ name: person.name, token });
            })
          }
          onRevoke={(tokenId) => act(() => api.revokeStaffToken(person.id, tokenId))}
        />
      ))}
      <AdminTokenRetire api={api} />
    </section>
  );
}

function StaffCard(props: {
  person: Person;
  self: boolean;
  onRole: (role: StaffRole) => void;
  onRetired: (retired: boolean) => void;
  onIssue: () => void;
  onRevoke: (tokenId: number) => Promise<void>;
}) {
  const t = useT();
  const { person } = props;
  return (
    <section
      style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 6, borderTop: "1px solid #e0e0e0", paddingTop: 8 }}
      data-testid="staff-person"
      data-id={person.id}
    >
      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
        <strong>
          {person.name} {props.self ? t("rYou") : ""}
        </strong>
        <Select value={person.role} onChange={(_, d) => props.onRole(d.value as StaffRole)} aria-label={t("rStaffRoleOf", { name: person.name })}>
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {t(r.key)}
            </option>
          ))}
        </Select>
        <span>{person.retiredAt ? t("rStaffRetired", { at: vnClock(person.retiredAt) }) : t("rStaffActive")}</span>
        <Button size="small" disabled={person.retiredAt !== null} onClick={props.onIssue}>
          {t("rStaffIssueToken")}
        </Button>
        <Button size="small" onClick={() => props.onRetired(person.retiredAt === null)}>
          {person.retiredAt === null ? t("rStaffRetire") : t("rStaffRestore")}
        </Button>
      </div>
      <Caption1>
        {t("rStaffAddedBy")}: {person.createdBy === "central" ? t("rBootstrap") : actorWords(person.createdBy, t)}, {vnClock(person.createdAt)}
      </Caption1>
      <TokenList tokens={person.tokens} onRevoke={props.onRevoke} />
    </section>
  );
}
