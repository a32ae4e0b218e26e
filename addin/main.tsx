import { createRoot } from "react-dom/client";
import { browserStore } from "./state/storage.ts";
import { App } from "./ui/App.tsx";
import { excelWorkbook } from "./workbook.ts";

/**
 * Renders the pane once Office.js says where it runs. Outside Office (a plain browser) onReady
 * answers with no host, and the pane explains itself; if Office.js never answers (blocked, or an
 * old host), the pane explains itself after a few seconds rather than hanging on
 * "Loading", and still switches to the Excel pane if Office answers later.
 */
// Keeps the pane's files so that it opens without a network (addin/offline/service-worker.ts).
if ("serviceWorker" in navigator) void navigator.serviceWorker.register("sw.js").catch(() => undefined);

const root = createRoot(document.getElementById("root")!);
const store = browserStore();
let inExcel = false;
const render = (workbook: typeof excelWorkbook | null) => root.render(<App workbook={workbook} store={store} base={location.origin} />);

if (typeof Office === "undefined") render(null);
else {
  void Office.onReady((info) => {
    inExcel = info.host === Office.HostType.Excel;
    render(inExcel ? excelWorkbook : null);
  });
  // Office.js that never answers (blocked, very slow): explain meanwhile; a late answer from Excel still wins.
  setTimeout(() => {
    if (!inExcel) render(null);
  }, 8000);
}
