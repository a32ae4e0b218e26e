import { download } from "./download-step.ts";
import { guarded } from "./guarded.ts";
import { pageElements } from "./page-elements.ts";
import { showPeriod } from "./period-info.ts";
import { keptToken, signIn } from "./sign-in.ts";
import { checkUnitCode } from "./unit-field.ts";
import { upload } from "./upload-step.ts";
import { openSession } from "./upload-session.ts";

/** `/upload`, the page for units without the add-in: its three steps wired to the page (worker/routes/upload-page.ts). */
const page = pageElements();
const session = openSession(page);
page.period.value = session.today.slice(0, 7);
page.token.value = keptToken();

const signInNow = guarded(() => signIn(session), page.who);
page.signInStep.addEventListener("submit", signInNow);
page.downloadStep.addEventListener("submit", guarded(() => download(session), page.downloadStatus));
page.uploadStep.addEventListener("submit", guarded(() => upload(session), page.status));

// One request once typing pauses, not one per key.
let periodTimer: ReturnType<typeof setTimeout> | undefined;
const showPeriodSoon = () => {
  clearTimeout(periodTimer);
  periodTimer = setTimeout(guarded(() => showPeriod(session), page.downloadStatus), 400);
};
page.period.addEventListener("input", showPeriodSoon);
page.unit.addEventListener("input", () => {
  if (session.role !== "central") return;
  showPeriodSoon(); // the unit's level may change the deadline
  checkUnitCode(session);
});

if (page.token.value) signInNow();
