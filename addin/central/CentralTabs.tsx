import { Caption1, Tab, TabList } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { z } from "zod";
import type { StaffMemberSchema } from "../../shared/api/schemas.ts";
import type { ApiClient } from "../api/client.ts";
import { useT } from "../ui/i18n.tsx";
import type { WorkbookPort } from "../ui/workbook-port.ts";
import { CentralHome } from "./CentralHome.tsx";
import { Plans } from "./Plans.tsx";
import { Registry } from "./Registry.tsx";
import { roleKey } from "./role-words.ts";
import { StaffPanel } from "./StaffPanel.tsx";

type StaffMember = z.infer<typeof StaffMemberSchema>;
type TabId = "periods" | "plans" | "units" | "staff";

/** The central office once signed in: who is signed in, and the tabs for periods, plans, units and (administrators) staff. */
export function CentralTabs(props: { client: ApiClient; now: Date; workbook?: Pick<WorkbookPort, "insertSheets"> }) {
  const t = useT();
  const [me, setMe] = useState<StaffMember | null>(null);
  const [tab, setTab] = useState<TabId>("periods");
  // A tab once opened stays mounted, so that its search, selection or import survives a visit elsewhere.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(["periods"]));

  useEffect(() => {
    let live = true;
    props.client.me().then(
      (answer) => live && answer.role === "central" && setMe(answer.staff ?? null),
      () => undefined, // the tabs still work; the session notices a refused token on its own
    );
    return () => {
      live = false;
    };
  }, [props.client]);

  const admin = me?.role === "admin";
  const open = (id: TabId) => {
    setTab(id);
    setOpened((old) => new Set([...old, id]));
  };
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}>
      {me && (
        <Caption1 data-testid="signed-in-as">
          {t("rSignedInAs", { name: me.id === null ? t("rBootstrap") : me.name, role: t(roleKey(me.role)) })}
        </Caption1>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, data) => open(data.value as TabId)} aria-label={t("rTabs")}>
        <Tab value="periods">{t("rTabPeriods")}</Tab>
        <Tab value="plans">{t("pTab")}</Tab>
        <Tab value="units">{t("rTabUnits")}</Tab>
        {admin && <Tab value="staff">{t("rTabStaff")}</Tab>}
      </TabList>
      <div hidden={tab !== "periods"}>
        <CentralHome client={props.client} now={props.now} workbook={props.workbook} />
      </div>
      {opened.has("plans") && (
        <div hidden={tab !== "plans"}>
          <Plans client={props.client} now={props.now} canEdit={admin} />
        </div>
      )}
      {opened.has("units") && (
        <div hidden={tab !== "units"}>
          <Registry client={props.client} canEdit={admin} />
        </div>
      )}
      {admin && opened.has("staff") && (
        <div hidden={tab !== "staff"}>
          <StaffPanel client={props.client} me={me} />
        </div>
      )}
    </div>
  );
}
