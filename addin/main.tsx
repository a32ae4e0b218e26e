import { createRoot } from "react-dom/client";
import { browserStore } from "./state/storage.ts";
import { App } from "./ui/App.tsx";
import { excelWorkbook } from "./workbook.ts";

/**
 * Renders the pane once Office.js says where it runs. Outside Office (a plain browser) onReady
 * answers with no host, and the pane explains itself; if Office.js never answers (blocked, or an
 * old host), the pane still renders after a few seconds rather than hanging on "Loading".
 */
const root = createRoot(document.getElementById("root")!);
let started = false;
const start = (inExcel: boolean) => {
  if (started) return;
  started = true;
  root.render(<App workbook={inExcel ? excelWorkbook : null} store={browserStore()} base={location.origin} />);
};

if (typeof Office === "undefined") start(false);
else {
  void Office.onReady((info) => start(info.host === Office.HostType.Excel));
  setTimeout(() => start(false), 8000);
}
