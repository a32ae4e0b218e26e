import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../ui/i18n.tsx";

const cell = { padding: "2px 8px", textAlign: "left" as const, verticalAlign: "top" as const };

/** Why a file was refused, row by row and column; nothing of it was stored. */
export function ImportIssueTable(props: { summary: string; rows: readonly { row: number; column: string; message: string }[] }) {
  const t = useT();
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="import-issues">
      <MessageBar layout="multiline" intent="error">
        <MessageBarBody>{props.summary}</MessageBarBody>
      </MessageBar>
      <div style={{ maxHeight: 280, overflow: "auto", border: "1px solid #e0e0e0" }}>
        <table style={{ borderCollapse: "collapse", fontSize: 13, width: "100%" }}>
          <thead>
            <tr>
              {(["rRow", "rColumn", "rError"] as const).map((key) => <th key={key} style={cell}>{t(key)}</th>)}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((issue, i) => (
              <tr key={i} style={{ borderTop: "1px solid #e0e0e0" }}>
                <td style={cell}>{issue.row}</td>
                <td style={cell}>{issue.column}</td>
                <td style={cell}>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
