import { Button, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { StaffRole } from "../../shared/api/schemas.ts";
import { useT } from "../ui/i18n.tsx";
import { ROLES } from "./role-words.ts";

/** Adding a person: name, role, optional expiry of their first token. */
export function StaffAddForm(props: { onAdd: (name: string, role: StaffRole, expiresOn: string | null) => Promise<boolean> }) {
  const t = useT();
  const [name, setName] = useState("");
  const [role, setRole] = useState<StaffRole>("reviewer");
  const [expiresOn, setExpiresOn] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <form
      style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}
      data-testid="staff-add"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        if (await props.onAdd(name.trim(), role, expiresOn || null)) {
          setName("");
          setExpiresOn("");
        }
        setBusy(false);
      }}
    >
      <Subtitle2 style={{ flexBasis: "100%" }}>{t("rStaffAdd")}</Subtitle2>
      <Field label={t("rStaffName")} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} style={{ minWidth: 220 }} />
      </Field>
      <Field label={t("rStaffRole")}>
        <Select value={role} onChange={(_, d) => setRole(d.value as StaffRole)}>
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {t(r.key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("rExpiresOn")}>
        <Input type="date" value={expiresOn} onChange={(_, d) => setExpiresOn(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || name.trim() === ""}>
        {t("rStaffAdd")}
      </Button>
    </form>
  );
}
