import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { Unit } from "../../shared/units/levels.ts";
import { useT } from "../ui/i18n.tsx";
import { unitMatches } from "./fold-text.ts";
import { isRetired } from "./succession-words.ts";

/** The successor choice's value for «only close it, no merger» (a unit code cannot be "-"). */
export const CLOSE_ONLY = "-";

/** How many units the successor list offers at once: the search narrows a long registry. */
const MAX_CHOICES = 300;

/**
 * The month a merger or closure starts, and the unit that takes over: any active unit outside
 * `exclude`, found by code or name typed without diacritics; with `allowClose`, also «Không sáp
 * nhập — chỉ ngừng hoạt động». `successor` "" means nothing chosen yet.
 */
export function RetirementFields(props: {
  units: readonly Unit[];
  exclude: ReadonlySet<string>;
  allowClose: boolean;
  month: string;
  onMonth: (month: string) => void;
  successor: string;
  onSuccessor: (successor: string) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState("");
  const candidates = props.units.filter((unit) => !isRetired(unit) && !props.exclude.has(unit.code));
  // The chosen unit stays listed whatever is typed, so the Select never shows a value it lacks.
  const listed = candidates.filter((unit) => unitMatches(unit, query)).slice(0, MAX_CHOICES);
  const chosen = candidates.find((unit) => unit.code === props.successor);
  const shown = chosen && !listed.includes(chosen) ? [chosen, ...listed] : listed;

  const search = (text: string) => {
    setQuery(text);
    const found = candidates.filter((unit) => unitMatches(unit, text));
    if (text.trim() !== "" && found.length === 1) props.onSuccessor(found[0]!.code);
  };

  return (
    <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
      <Field label={t("rRetireFrom")} required>
        <Input type="month" value={props.month} onChange={(_, d) => props.onMonth(d.value)} />
      </Field>
      <Field label={t("rFindSuccessor")}>
        <Input type="search" value={query} onChange={(_, d) => search(d.value)} />
      </Field>
      <Field label={t("rSuccessor")} required>
        <Select value={props.successor} onChange={(_, d) => props.onSuccessor(d.value)}>
          <option value="">{t("rChooseSuccessor")}</option>
          {props.allowClose && <option value={CLOSE_ONLY}>{t("rNoSuccessor")}</option>}
          {shown.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.code} — {unit.name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
