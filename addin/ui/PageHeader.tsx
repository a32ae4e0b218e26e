import { Button, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import type { KeyValueStore } from "../state/storage.ts";
import { useT, type Lang, type StringKey } from "./i18n.tsx";

/** The language kept in `store` ("lang"), Vietnamese unless English was chosen, and its toggle. */
export function useStoredLang(store: KeyValueStore): [Lang, () => void] {
  const [lang, setLang] = useState<Lang>(() => (store.get("lang") === "en" ? "en" : "vi"));
  const toggle = () => {
    const next = lang === "vi" ? "en" : "vi";
    store.set("lang", next);
    setLang(next);
  };
  return [lang, toggle];
}

/** The page's title (h1) and the switch to the other language (labelled in that language). */
export function PageHeader(props: { title: StringKey; onToggleLang: () => void }) {
  const t = useT();
  return (
    <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}>
      <Title3 as="h1">{t(props.title)}</Title3>
      <Button size="small" appearance="subtle" onClick={props.onToggleLang}>
        {t("language")}
      </Button>
    </div>
  );
}
