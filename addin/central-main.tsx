import { createRoot } from "react-dom/client";
import { CentralPage } from "./central/CentralPage.tsx";
import { browserStore } from "./state/storage.ts";

/** The central office's page, outside Excel. */
createRoot(document.getElementById("root")!).render(<CentralPage store={browserStore()} base={location.origin} />);
